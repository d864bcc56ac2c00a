import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@mentormesh/auth';

export type EmployeeStatus = 'ACTIVE' | 'INACTIVE' | 'ERASED';

@Entity({ name: 'employees' })
export class EmployeeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  tenantId!: string;

  @Column('text', { nullable: true })
  externalId!: string | null;

  @Column('text', { nullable: true })
  employeeNumber!: string | null;

  @Column('text')
  email!: string;

  /** SCIM userName when it differs from the email (e.g. a UPN); null means the email. */
  @Column('text', { nullable: true })
  userName!: string | null;

  @Column('text')
  displayName!: string;

  @Column('text', { nullable: true })
  givenName!: string | null;

  @Column('text', { nullable: true })
  familyName!: string | null;

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('text', { nullable: true })
  department!: string | null;

  @Column('text', { nullable: true })
  costCenter!: string | null;

  @Column('uuid', { nullable: true })
  managerId!: string | null;

  @Column('text', { nullable: true })
  location!: string | null;

  @Column('text')
  timeZone!: string;

  @Column('text')
  locale!: string;

  @Column('text', { array: true })
  languages!: string[];

  @Column('text')
  status!: EmployeeStatus;

  @Column('text', { array: true })
  roles!: Role[];

  @Column('date', { nullable: true })
  hireDate!: string | null;

  @Column('int')
  version!: number;

  @Column('timestamptz', { nullable: true })
  erasedAt!: Date | null;

  /** Digest of the canonical stored record with skills; equal digest = nothing to write. */
  @Column('text', { nullable: true })
  recordDigest!: string | null;

  /** Digest of the last published snapshot; equal digest = nothing to publish. */
  @Column('text', { nullable: true })
  snapshotDigest!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@mentormesh/auth';

export type EmployeeStatus = 'ACTIVE' | 'INACTIVE';

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

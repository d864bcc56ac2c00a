import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface DirectorySkill {
  readonly skillId: string;
  readonly name: string;
  readonly level: number;
}

/** Matching's copy of an employee, built from identity's events. */
@Entity({ name: 'employee_directory' })
export class DirectoryEntryEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  displayName!: string;

  @Column('text', { nullable: true })
  department!: string | null;

  @Column('uuid', { nullable: true })
  managerId!: string | null;

  @Column('text')
  timeZone!: string;

  @Column('text', { array: true })
  languages!: string[];

  @Column('text')
  status!: string;

  @Column('text', { array: true })
  roles!: string[];

  @Column('jsonb')
  skills!: DirectorySkill[];

  @Column('int')
  version!: number;
}

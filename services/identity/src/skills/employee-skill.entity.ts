import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SkillSource } from '../employees/domain/employee-state';

@Entity({ name: 'employee_skills' })
export class EmployeeSkillEntity {
  @PrimaryColumn('uuid')
  employeeId!: string;

  @PrimaryColumn('uuid')
  skillId!: string;

  @Column('uuid')
  tenantId!: string;

  @Column('smallint')
  level!: number;

  @Column('text')
  source!: SkillSource;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

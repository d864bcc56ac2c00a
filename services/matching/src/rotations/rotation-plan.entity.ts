import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RotationInput, RotationPlan, RotationPlanReport } from './domain';

/** A speed-mentoring event's or mentor mixer's plan, with the round-robin baseline's figures. */
@Entity({ name: 'rotation_plans' })
export class RotationPlanEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('jsonb')
  input!: RotationInput;

  @Column('jsonb')
  plan!: RotationPlan;

  @Column('jsonb')
  baseline!: RotationPlanReport;

  @Column('uuid')
  createdBy!: string;

  @Column('timestamptz')
  createdAt!: Date;
}

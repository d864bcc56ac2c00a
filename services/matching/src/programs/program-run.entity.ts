import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CohortRunInput } from './cohort-run-input';
import type { CohortRunResult } from './cohort-run-result';

export type ProgramRunStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** Why a run failed: a validation error names the input field, anything else is internal. */
export interface ProgramRunError {
  readonly reason: string;
  readonly field: string | null;
  readonly message: string;
}

/** A cohort assignment run: a durable job with progress and, once done, its result. */
@Entity({ name: 'program_runs' })
export class ProgramRunEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  status!: ProgramRunStatus;

  @Column('int')
  progress!: number;

  @Column('text')
  phase!: string;

  @Column('jsonb')
  input!: CohortRunInput;

  @Column('jsonb', { nullable: true })
  result!: CohortRunResult | null;

  @Column('jsonb', { nullable: true })
  error!: ProgramRunError | null;

  @Column('int')
  attempts!: number;

  @Column('uuid')
  requestedBy!: string;

  @Column('timestamptz', { nullable: true })
  approvedAt!: Date | null;

  @Column('uuid', { nullable: true })
  approvedBy!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;
}

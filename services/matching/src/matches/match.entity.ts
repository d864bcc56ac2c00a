import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MatchStatus } from './domain/match-status';

export type MatchFormat = 'VIDEO_CALL' | 'IN_PERSON' | 'CHAT' | 'ASYNC';

/** One line of a stored score explanation (see the recommendation domain's ScoreBreakdownEntry). */
export interface StoredBreakdownEntry {
  readonly component: string;
  readonly weight: number;
  readonly value: number;
  readonly contribution: number;
  readonly explanation: string;
}

@Entity({ name: 'matches' })
export class MatchEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { nullable: true })
  requestId!: string | null;

  @Column('uuid', { nullable: true })
  programRunId!: string | null;

  @Column('uuid')
  menteeId!: string;

  @Column('uuid')
  mentorId!: string;

  @Column('text')
  status!: MatchStatus;

  @Column('double precision')
  score!: number;

  @Column('jsonb')
  breakdown!: StoredBreakdownEntry[];

  @Column('text')
  format!: MatchFormat;

  @Column('int')
  lengthMinutes!: number;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('timestamptz', { nullable: true })
  respondBy!: Date | null;

  @Column('int')
  version!: number;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;
}

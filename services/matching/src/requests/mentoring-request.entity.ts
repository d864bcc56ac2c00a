import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MatchFormat } from '../matches/match.entity';

export type RequestStatus = 'OPEN' | 'WITHDRAWN';

@Entity({ name: 'mentoring_requests' })
export class MentoringRequestEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  menteeId!: string;

  @Column('text')
  question!: string;

  @Column('jsonb')
  skills!: { skillId: string; minLevel?: number }[];

  @Column('text', { array: true })
  topics!: string[];

  @Column('text')
  format!: MatchFormat;

  @Column('int')
  lengthMinutes!: number;

  @Column('text', { nullable: true })
  language!: string | null;

  @Column('timestamptz')
  windowStart!: Date;

  @Column('timestamptz')
  windowEnd!: Date;

  @Column('text')
  mode!: 'SCHEDULED' | 'ASK_NOW';

  @Column('boolean')
  isSeries!: boolean;

  @Column('int')
  perspectives!: number;

  @Column('boolean')
  preferCrossDepartment!: boolean;

  @Column('text')
  status!: RequestStatus;

  @Column('int')
  version!: number;

  @Column('timestamptz')
  createdAt!: Date;
}

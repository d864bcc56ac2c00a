import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MatchFormat } from '../matches/match.entity';

export type VettingStatus = 'PENDING' | 'VETTED' | 'REJECTED';

/** A skill the employee declares on their profile, with a level 1-5 (adds to identity's skills). */
export interface DeclaredSkill {
  readonly skillId: string;
  readonly level: number;
}

@Entity({ name: 'mentor_profiles' })
export class MentorProfileEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  employeeId!: string;

  @Column('boolean')
  isMentor!: boolean;

  @Column('text')
  bio!: string;

  @Column('jsonb')
  expertise!: DeclaredSkill[];

  @Column('text', { array: true })
  topics!: string[];

  @Column('text', { array: true })
  interests!: string[];

  @Column('text', { array: true })
  goals!: string[];

  @Column('text', { array: true })
  formats!: MatchFormat[];

  @Column('int', { array: true })
  sessionLengths!: number[];

  @Column('int')
  capacityPerWeek!: number;

  @Column('int')
  maxOpenMentees!: number;

  @Column('text', { array: true })
  languages!: string[];

  @Column('text', { nullable: true })
  officeLocation!: string | null;

  @Column('text', { array: true })
  helpDepartments!: string[];

  @Column('timestamptz', { nullable: true })
  pausedUntil!: Date | null;

  @Column('boolean')
  availableNow!: boolean;

  @Column('text')
  vettingStatus!: VettingStatus;

  @Column('int')
  version!: number;
}

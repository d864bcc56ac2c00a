import { Column, Entity, PrimaryColumn } from 'typeorm';

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

  @Column('text', { array: true })
  topics!: string[];

  @Column('text', { array: true })
  formats!: string[];

  @Column('int', { array: true })
  sessionLengths!: number[];

  @Column('int')
  capacityPerWeek!: number;

  @Column('timestamptz', { nullable: true })
  pausedUntil!: Date | null;

  @Column('boolean')
  availableNow!: boolean;

  @Column('int')
  version!: number;
}

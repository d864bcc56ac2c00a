import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ParticipantStatus = 'ACTIVE' | 'INACTIVE';

/** Scheduling's copy of an employee, built from identity's events: only what booking needs. */
@Entity({ name: 'participants' })
export class ParticipantEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  displayName!: string;

  @Column('text')
  timeZone!: string;

  @Column('text')
  status!: ParticipantStatus;

  @Column('int')
  version!: number;
}

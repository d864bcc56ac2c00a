import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SessionStatus } from './domain';
import type { SessionFormat } from './dto/session-format.enum';

/** Storage shape of a session; its participants (and their busy ranges) live in session_participants. */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  agenda!: string;

  @Column('text')
  format!: SessionFormat;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  @Column('text')
  status!: SessionStatus;

  /** Null once the creator has been erased (or for sessions the system booked). */
  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  /** The organizer's IANA zone: invites show the time there, series keep its wall time. */
  @Column('text')
  timeZone!: string;

  @Column('text', { nullable: true })
  location!: string | null;

  @Column('text', { nullable: true })
  threadUrl!: string | null;

  @Column('text', { nullable: true })
  videoUrl!: string | null;

  @Column('uuid', { nullable: true })
  matchId!: string | null;

  @Column('uuid', { nullable: true })
  speedEventId!: string | null;

  @Column('uuid', { nullable: true })
  seriesId!: string | null;

  @Column('int', { nullable: true })
  seriesIndex!: number | null;

  /** ICS SEQUENCE: bumped on every change a calendar must see. */
  @Column('int')
  sequence!: number;

  @Column('uuid', { nullable: true })
  cancelledBy!: string | null;

  @Column('text', { nullable: true })
  cancelReason!: string | null;

  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  @Column('uuid', { array: true })
  absentees!: string[];

  @Column('timestamptz', { nullable: true })
  settledAt!: Date | null;

  @Column('int')
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

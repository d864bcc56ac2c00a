import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SessionStatus } from './domain';
import type { SessionFormat } from './dto/session-format.enum';

/** Storage shape of a session; its participants live in session_participants. */
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

  /** Null once the creator has been erased. */
  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('int')
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

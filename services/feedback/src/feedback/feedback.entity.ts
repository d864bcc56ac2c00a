import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'feedback' })
export class FeedbackEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  sessionId!: string;

  /** Null once the author has been erased. */
  @Column('uuid', { nullable: true })
  authorId!: string | null;

  @Column('uuid')
  subjectId!: string;

  @Column('smallint')
  rating!: number;

  /** Null when none was given, or once the author has been erased. */
  @Column('text', { nullable: true })
  comment!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

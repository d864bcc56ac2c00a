import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'skills' })
export class SkillEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  tenantId!: string;

  @Column('text')
  name!: string;

  @Column('text', { array: true })
  aliases!: string[];

  @Column('text', { nullable: true })
  category!: string | null;

  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @Column('int')
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

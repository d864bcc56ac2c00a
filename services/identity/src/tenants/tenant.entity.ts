import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type TenantStatus = 'ACTIVE' | 'SUSPENDED';

@Entity({ name: 'tenants' })
export class TenantEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text')
  defaultTimeZone!: string;

  @Column('text')
  locale!: string;

  @Column('text')
  status!: TenantStatus;

  @Column('jsonb')
  settings!: Record<string, string | number | boolean | null | number[]>;

  @Column('int')
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

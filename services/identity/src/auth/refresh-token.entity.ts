import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A refresh token, stored only as its SHA-256 hash; rotation links tokens of one login into a family. */
@Entity({ name: 'refresh_tokens' })
export class RefreshTokenEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  tenantId!: string;

  @Column('uuid')
  employeeId!: string;

  @Column('uuid')
  familyId!: string;

  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @Column('text')
  tokenHash!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('text', { nullable: true })
  revokedReason!: string | null;

  /** SHA-256 of the SAML NameID the family was created for; lets IdP-initiated logout find it. */
  @Column('text', { nullable: true })
  samlSubjectHash!: string | null;

  @Column('text', { nullable: true })
  samlSessionIndex!: string | null;

  /** The SAML NameID (and format), encrypted by the SSO code: needed to ask the IdP for single logout. */
  @Column('text', { nullable: true })
  samlNameIdSealed!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

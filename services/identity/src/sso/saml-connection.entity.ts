import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@mentormesh/auth';

/** One tenant's SAML identity provider connection (storage shape; rules live in saml-settings.ts). */
@Entity({ name: 'saml_connections' })
export class SamlConnectionEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @Column('text')
  idpEntityId!: string;

  @Column('text')
  ssoUrl!: string;

  @Column('text', { nullable: true })
  sloUrl!: string | null;

  @Column('text', { array: true })
  signingCertificates!: string[];

  /** Only the fields the tenant overrides; the rest use DEFAULT_ATTRIBUTE_MAPPING. */
  @Column('jsonb')
  attributeMapping!: Record<string, string[]>;

  @Column('boolean')
  wantResponseSigned!: boolean;

  @Column('boolean')
  allowIdpInitiated!: boolean;

  @Column('boolean')
  jitProvisioning!: boolean;

  @Column('text', { array: true })
  jitDefaultRoles!: Role[];

  @Column('text', { array: true })
  allowedRedirectUrls!: string[];

  @Column('boolean')
  enabled!: boolean;

  @Column('int')
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

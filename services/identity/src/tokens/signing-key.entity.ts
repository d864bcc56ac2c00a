import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A platform-wide RS256 key pair (not tenant-owned); the private half is encrypted at rest. */
@Entity({ name: 'signing_keys' })
export class SigningKeyEntity {
  @PrimaryColumn('uuid')
  kid!: string;

  @Column('jsonb')
  publicJwk!: Record<string, unknown>;

  @Column('text')
  privateKeyEncrypted!: string;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  activatedAt!: Date;

  /** After this instant the key signs nothing and leaves the JWKS once its last token expired. */
  @Column('timestamptz')
  retireAfter!: Date;
}

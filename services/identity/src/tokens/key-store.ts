import { generateKeyPairSync, randomUUID, createPrivateKey, KeyObject } from 'node:crypto';
import { DataSource } from 'typeorm';
import { JWK } from 'jose';
import { KeyEncryption } from './key-encryption';
import { SigningKeyEntity } from './signing-key.entity';

export interface ActiveKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
}

const DAY_MS = 86_400_000;

/**
 * Signing keys with rotation: the newest key signs; older keys stay published in the JWKS until every
 * token they signed has expired. Keys are created lazily, under an advisory lock, so replicas agree.
 */
export class KeyStore {
  private cached?: { key: ActiveKey; until: number };

  constructor(
    private readonly dataSource: DataSource,
    private readonly encryption: KeyEncryption,
    private readonly rotationDays: number,
    private readonly tokenTtlSeconds: number,
  ) {}

  async activeKey(now = new Date()): Promise<ActiveKey> {
    if (this.cached && this.cached.until > now.getTime()) return this.cached.key;
    const { row } = await this.ensureCurrent(now);
    const key = {
      kid: row.kid,
      privateKey: createPrivateKey(this.encryption.decrypt(row.privateKeyEncrypted)),
    };
    this.cached = { key, until: Math.min(now.getTime() + 60_000, row.retireAfter.getTime()) };
    return key;
  }

  /**
   * The key that signs at `now`; when the newest one is past its rotation date, a new one is made.
   * Under a transaction-scoped advisory lock, so of several instances checking at once exactly one
   * rotates and the others see its key.
   */
  async ensureCurrent(now = new Date()): Promise<{ row: SigningKeyEntity; created: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('select pg_advisory_xact_lock(727275)');
      const current = await manager
        .getRepository(SigningKeyEntity)
        .createQueryBuilder('k')
        .where('k.activated_at <= :now and k.retire_after > :now', { now })
        .orderBy('k.activated_at', 'DESC')
        .getOne();
      if (current) return { row: current, created: false };
      this.cached = undefined;
      return { row: await manager.save(SigningKeyEntity, this.generate(now)), created: true };
    });
  }

  /** Public keys that may still verify a live token. */
  async publishedKeys(now = new Date()): Promise<JWK[]> {
    const graceMs = this.tokenTtlSeconds * 1000 + 60_000;
    const rows = await this.dataSource
      .getRepository(SigningKeyEntity)
      .createQueryBuilder('k')
      .where('k.retire_after > :cutoff', { cutoff: new Date(now.getTime() - graceMs) })
      .orderBy('k.activated_at', 'DESC')
      .getMany();
    return rows.map((r) => r.publicJwk as unknown as JWK);
  }

  /** Forces a new signing key now (operators rotate after a suspected leak). */
  async rotate(now = new Date()): Promise<string> {
    const key = await this.dataSource.transaction(async (manager) => {
      await manager.query('select pg_advisory_xact_lock(727275)');
      await manager.query('update signing_keys set retire_after = $1 where retire_after > $1', [now]);
      return manager.save(SigningKeyEntity, this.generate(now));
    });
    this.cached = undefined;
    return key.kid;
  }

  private generate(now: Date): SigningKeyEntity {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const kid = randomUUID();
    const entity = new SigningKeyEntity();
    entity.kid = kid;
    entity.publicJwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
    entity.privateKeyEncrypted = this.encryption.encrypt(
      privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    );
    entity.createdAt = now;
    entity.activatedAt = now;
    entity.retireAfter = new Date(now.getTime() + this.rotationDays * DAY_MS);
    return entity;
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity';

export type NewRefreshToken = Omit<
  RefreshTokenEntity,
  'createdAt' | 'usedAt' | 'revokedAt' | 'revokedReason'
>;

/** The only SQL for refresh tokens; always inside a tenant transaction. */
@Injectable()
export class RefreshTokenRepository {
  async insert(manager: EntityManager, token: NewRefreshToken): Promise<void> {
    await manager.insert(RefreshTokenEntity, token);
  }

  /** Locks the row so two concurrent refreshes with one token cannot both rotate it. */
  findByHashForUpdate(
    manager: EntityManager,
    tenantId: string,
    tokenHash: string,
  ): Promise<RefreshTokenEntity | null> {
    return manager
      .getRepository(RefreshTokenEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.tenant_id = :tenantId and t.token_hash = :tokenHash', { tenantId, tokenHash })
      .getOne();
  }

  async markUsed(manager: EntityManager, tenantId: string, id: string, at: Date): Promise<void> {
    await manager.update(RefreshTokenEntity, { tenantId, id }, { usedAt: at });
  }

  /** Revokes every live token of the families; returns how many rows changed. */
  async revokeFamilies(
    manager: EntityManager,
    tenantId: string,
    familyIds: readonly string[],
    reason: string,
    at: Date,
  ): Promise<number> {
    if (familyIds.length === 0) return 0;
    const result = await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: at, revokedReason: reason })
      .where('tenant_id = :tenantId and family_id = any(:familyIds) and revoked_at is null', {
        tenantId,
        familyIds,
      })
      .execute();
    return result.affected ?? 0;
  }

  /** Families opened by a SAML login of this subject (optionally one IdP session). */
  async familiesOfSamlSession(
    manager: EntityManager,
    tenantId: string,
    subjectHash: string,
    sessionIndex: string | null,
  ): Promise<string[]> {
    const rows = await manager.find(RefreshTokenEntity, {
      select: { familyId: true },
      where: {
        tenantId,
        samlSubjectHash: subjectHash,
        revokedAt: IsNull(),
        ...(sessionIndex ? { samlSessionIndex: sessionIndex } : {}),
      },
    });
    return [...new Set(rows.map((r) => r.familyId))];
  }

  /** Deletes up to `limit` tokens of any tenant that expired before `before` (a security-definer function). */
  async purgeExpired(manager: EntityManager, before: Date, limit: number): Promise<number> {
    const rows: { purged: number }[] = await manager.query(
      'select purge_expired_refresh_tokens($1, $2) as purged',
      [before, limit],
    );
    return rows[0]?.purged ?? 0;
  }
}

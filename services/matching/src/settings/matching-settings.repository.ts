import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface MatchingSettings {
  /** Tenant overrides of the default weights (validated by the domain's resolveMatchingWeights). */
  readonly weights: Readonly<Record<string, number>>;
  readonly requiresVetting: boolean;
  /** How long a mentor has to answer a proposal before it expires. */
  readonly respondWithinMinutes: number;
}

export const DEFAULT_SETTINGS: MatchingSettings = {
  weights: {},
  requiresVetting: false,
  respondWithinMinutes: 2880,
};

/** The only SQL for a tenant's matching settings. */
@Injectable()
export class MatchingSettingsRepository {
  async get(manager: EntityManager, tenantId: string): Promise<MatchingSettings> {
    const rows: {
      weights: Record<string, number>;
      requires_vetting: boolean;
      respond_within_minutes: number;
    }[] = await manager.query(
      'select weights, requires_vetting, respond_within_minutes from matching_settings where tenant_id = $1',
      [tenantId],
    );
    const row = rows[0];
    if (!row) return DEFAULT_SETTINGS;
    return {
      weights: row.weights,
      requiresVetting: row.requires_vetting,
      respondWithinMinutes: row.respond_within_minutes,
    };
  }

  async save(manager: EntityManager, tenantId: string, s: MatchingSettings): Promise<void> {
    await manager.query(
      `insert into matching_settings (tenant_id, weights, requires_vetting, respond_within_minutes) values ($1, $2, $3, $4)
       on conflict (tenant_id) do update set weights = excluded.weights, requires_vetting = excluded.requires_vetting,
         respond_within_minutes = excluded.respond_within_minutes, updated_at = now()`,
      [tenantId, JSON.stringify(s.weights), s.requiresVetting, s.respondWithinMinutes],
    );
  }
}

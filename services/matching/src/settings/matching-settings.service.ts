import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@mentormesh/database';
import { asInputError } from '../matching-error.mapper';
import { RecommendationChangesRepository } from '../read-models/recommendation-changes.repository';
import { resolveMatchingWeights } from '../recommendations/domain';
import {
  MatchingSettingsModel,
  MatchingWeightsModel,
  UpdateMatchingSettingsInput,
} from './matching-settings.model';
import { MatchingSettings, MatchingSettingsRepository } from './matching-settings.repository';

@Injectable()
export class MatchingSettingsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly settings: MatchingSettingsRepository,
    private readonly changes: RecommendationChangesRepository,
  ) {}

  get(tenantId: string): Promise<MatchingSettingsModel> {
    return this.transactions.run(tenantId, async (m) => toModel(await this.settings.get(m, tenantId)));
  }

  /** Changes what is given; new weights apply to the next recommendation (the index rebuilds). */
  update(tenantId: string, input: UpdateMatchingSettingsInput): Promise<MatchingSettingsModel> {
    return this.transactions.run(tenantId, async (m) => {
      const current = await this.settings.get(m, tenantId);
      const overrides = Object.fromEntries(
        Object.entries({ ...current.weights, ...(input.weights ?? {}) }).filter(
          ([, v]) => v !== undefined && v !== null,
        ),
      ) as Record<string, number>;
      try {
        resolveMatchingWeights(overrides);
      } catch (error) {
        throw asInputError(error);
      }
      const next: MatchingSettings = {
        weights: overrides,
        requiresVetting: input.requiresVetting ?? current.requiresVetting,
        respondWithinMinutes: input.respondWithinMinutes ?? current.respondWithinMinutes,
      };
      await this.settings.save(m, tenantId, next);
      await this.changes.record(m, tenantId, null);
      return toModel(next);
    });
  }
}

function toModel(s: MatchingSettings): MatchingSettingsModel {
  return {
    weights: { ...resolveMatchingWeights(s.weights) } as MatchingWeightsModel,
    requiresVetting: s.requiresVetting,
    respondWithinMinutes: s.respondWithinMinutes,
  };
}

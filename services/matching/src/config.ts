import { env, loadConfig, platformShape } from '@mentormesh/config';
import { z } from 'zod';

export const matchingConfigShape = {
  ...platformShape,
  PORT: env.port(4002),
  JWKS_URL: env.url(['http', 'https']),
  SCHEMA_FILE: z.string().optional(),
  /** How often unanswered match proposals are checked for their deadline. */
  MATCH_EXPIRY_SWEEP_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
};

export type MatchingConfig = ReturnType<typeof loadConfig<typeof matchingConfigShape>>;

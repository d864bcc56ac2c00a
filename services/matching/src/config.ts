import { env, loadConfig, platformShape } from '@mentormesh/config';
import { z } from 'zod';

export const matchingConfigShape = {
  ...platformShape,
  PORT: env.port(4002),
  JWKS_URL: env.url(['http', 'https']),
  SCHEMA_FILE: z.string().optional(),
};

export type MatchingConfig = ReturnType<typeof loadConfig<typeof matchingConfigShape>>;

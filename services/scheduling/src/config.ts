import { env, loadConfig, platformShape } from '@mentormesh/config';
import { z } from 'zod';

export const schedulingConfigShape = {
  ...platformShape,
  PORT: env.port(4003),
  JWKS_URL: env.url(['http', 'https']),
  SCHEMA_FILE: z.string().optional(),
};

export type SchedulingConfig = ReturnType<typeof loadConfig<typeof schedulingConfigShape>>;

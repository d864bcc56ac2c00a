import { env, loadConfig, platformShape } from '@mentormesh/config';
import { z } from 'zod';

export const recognitionConfigShape = {
  ...platformShape,
  PORT: env.port(4005),
  JWKS_URL: env.url(['http', 'https']),
  SCHEMA_FILE: z.string().optional(),
};

export type RecognitionConfig = ReturnType<typeof loadConfig<typeof recognitionConfigShape>>;

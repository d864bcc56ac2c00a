import { env, loadConfig, platformShape } from '@mentormesh/config';
import { z } from 'zod';

export const feedbackConfigShape = {
  ...platformShape,
  PORT: env.port(4004),
  JWKS_URL: env.url(['http', 'https']),
  SCHEMA_FILE: z.string().optional(),
};

export type FeedbackConfig = ReturnType<typeof loadConfig<typeof feedbackConfigShape>>;

import { z } from 'zod';
import { env, loadConfig, platformShape } from '@mentormesh/config';

export const identityConfigShape = {
  ...platformShape,
  PORT: env.port(4001),
  PUBLIC_URL: env.url(['http', 'https']).default('http://localhost:4001'),
  /** Encrypts signing keys at rest (AES-256-GCM); at least 32 characters. */
  SIGNING_KEY_SECRET: z.string().min(32, 'must be at least 32 characters'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  SIGNING_KEY_ROTATION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How often each instance checks whether the signing key is due for rotation. */
  KEY_ROTATION_CHECK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  /** Lifetime of a refresh token (each refresh rotates it and starts a new lifetime). */
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** Development-only login that issues a token for any seeded employee by email. Off unless enabled. */
  DEV_LOGIN_ENABLED: env.bool(false),
  SCHEMA_FILE: z.string().optional(),
};

export type IdentityConfig = ReturnType<typeof loadConfig<typeof identityConfigShape>>;

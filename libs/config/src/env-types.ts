import { z } from 'zod';

/** Reusable variable parsers: each names what it expects so the error message is actionable. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback),
  url: (protocols: readonly string[]) =>
    z
      .string()
      .url('must be a URL')
      .refine((v) => protocols.some((p) => v.startsWith(`${p}://`)), {
        message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
      }),
  list: () =>
    z
      .string()
      .min(1, 'must not be empty')
      .transform((v) =>
        v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
  bool: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  nodeEnv: () => z.enum(['development', 'test', 'production']).default('development'),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  name: () => z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be a lowercase identifier'),
  prefix: () => z.string().regex(/^[a-z0-9._-]{0,100}$/, 'must be lowercase letters, digits, dot, dash'),
};

/** The settings every service shares: where its infrastructure lives. */
export const platformShape = {
  NODE_ENV: env.nodeEnv(),
  LOG_LEVEL: env.logLevel(),
  DATABASE_URL: env.url(['postgres', 'postgresql']),
  DATABASE_ADMIN_URL: env.url(['postgres', 'postgresql']).optional(),
  REDIS_URL: env.url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
  KAFKA_BROKERS: env.list().default('127.0.0.1:9092'),
  KAFKA_TOPIC_PREFIX: env.prefix().default(''),
  JWKS_URL: env.url(['http', 'https']).optional(),
  JWT_ISSUER: z.string().min(1).default('mentormesh-identity'),
  JWT_AUDIENCE: z.string().min(1).default('mentormesh'),
  /** Operators can pause publishing (events keep accumulating safely in the outbox). */
  OUTBOX_RELAY_ENABLED: env.bool(true),
};

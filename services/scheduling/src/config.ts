import { env, loadConfig, platformShape } from '@mentormesh/config';
import { z } from 'zod';

export const schedulingConfigShape = {
  ...platformShape,
  PORT: env.port(4003),
  JWKS_URL: env.url(['http', 'https']),
  SCHEMA_FILE: z.string().optional(),
  /** Default Jitsi-style base URL for video rooms (tenants may set their own). */
  VIDEO_BASE_URL: env.url(['https']).default('https://meet.jit.si'),
  /** Right-hand side of ICS UIDs (`<sessionId>@<domain>`). */
  CALENDAR_UID_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/i, 'must be a host name')
    .default('mentormesh.local'),
  /** Public base URL under which `/calendar/<token>.ics` is reachable. */
  CALENDAR_FEED_BASE_URL: env.url(['http', 'https']).default('http://localhost:4003'),
  /** How often reminders and automatic completion run, in ms; 0 turns the loops off (tests drive them). */
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(0).default(15_000),
  // Availability (calendar busy feeds, availability summaries): 0 turns a loop off (tests drive them).
  /** How often the busy-feed poller looks for due feeds, in ms. */
  FEED_POLL_TICK_MS: z.coerce.number().int().min(0).default(10_000),
  /** How long a fetched feed stays fresh before it is fetched again, in ms. */
  FEED_REFRESH_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(15 * 60_000),
  /** TTL of cached busy blocks in Redis, in seconds. */
  FEED_CACHE_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(24 * 3600),
  /** How often the summary publisher looks for due summaries, in ms. */
  SUMMARY_TICK_MS: z.coerce.number().int().min(0).default(10_000),
  /** Quiet time after a change before a summary is recomputed, in ms. */
  SUMMARY_DEBOUNCE_MS: z.coerce.number().int().min(0).default(30_000),
  /** Summaries are recomputed at least this often (published only when changed), in ms. */
  SUMMARY_PERIOD_MS: z.coerce
    .number()
    .int()
    .min(60_000)
    .default(6 * 3600_000),
};

export type SchedulingConfig = ReturnType<typeof loadConfig<typeof schedulingConfigShape>>;

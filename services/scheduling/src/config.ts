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
  CALENDAR_UID_DOMAIN: z.string().regex(/^[a-z0-9.-]+$/i, 'must be a host name').default('mentormesh.local'),
  /** Public base URL under which `/calendar/<token>.ics` is reachable. */
  CALENDAR_FEED_BASE_URL: env.url(['http', 'https']).default('http://localhost:4003'),
  /** How often reminders and automatic completion run, in ms; 0 turns the loops off (tests drive them). */
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(0).default(15_000),
};

export type SchedulingConfig = ReturnType<typeof loadConfig<typeof schedulingConfigShape>>;

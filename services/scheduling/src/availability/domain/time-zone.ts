import { IANAZone } from 'luxon';
import { InvalidInputError } from '../../scheduling.errors';

/** Names seen so far → canonical spelling, or null when unknown (Luxon's validity check is costly). */
const canonicalNames = new Map<string, string | null>();

/** Canonical IANA name (`europe/berlin` → `Europe/Berlin`), or null when Luxon does not know the zone. */
export function canonicalTimeZone(value: string): string | null {
  const known = canonicalNames.get(value);
  if (known !== undefined) return known;
  const valid = typeof value === 'string' && value.trim() !== '' && IANAZone.isValidZone(value);
  const canonical = valid
    ? new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone
    : null;
  if (canonicalNames.size < 10_000) canonicalNames.set(value, canonical);
  return canonical;
}

/**
 * Validates an IANA zone name and returns its canonical spelling.
 * Throws InvalidInputError naming `field` for unknown zones.
 */
export function normalizeTimeZone(value: string, field = 'timeZone'): string {
  const canonical = canonicalTimeZone(value);
  if (canonical === null) throw new InvalidInputError(field, `unknown time zone "${String(value)}"`);
  return canonical;
}

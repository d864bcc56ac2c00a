import { AvailabilityRules } from './availability.types';
import { normalizeRules } from './normalize-rules';

/**
 * Validates rules before they are saved and returns them with the canonical zone name.
 * Throws InvalidInputError naming the field (`timeZone`, `weekly[0].end`, `overrides[1].date`…).
 */
export function validateAvailabilityRules(rules: AvailabilityRules): AvailabilityRules {
  const normalized = normalizeRules(rules);
  return { ...rules, timeZone: normalized.timeZone };
}

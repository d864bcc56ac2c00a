import { AuthPrincipal, hasAnyRole } from '@mentormesh/auth';
import { NotYourAvailabilityError } from './availability.errors';

/** Whose availability a call is about: yourself, or anyone of your organization for ORG_ADMIN. */
export function targetEmployee(principal: AuthPrincipal, requested?: string | null): string {
  if (!requested || requested === principal.employeeId) return principal.employeeId;
  if (!hasAnyRole(principal, ['ORG_ADMIN'])) throw new NotYourAvailabilityError();
  return requested;
}

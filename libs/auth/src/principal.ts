import { z } from 'zod';

export const ROLES = ['ORG_ADMIN', 'LD_MANAGER', 'MENTOR', 'EMPLOYEE', 'HR_INTEGRATION'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: from a verified token, never from input. */
export interface AuthPrincipal {
  readonly employeeId: string;
  readonly tenantId: string;
  readonly roles: readonly Role[];
  readonly token: string;
}

export const claimsSchema = z.object({
  sub: z.string().uuid(),
  tid: z.string().uuid(),
  roles: z.array(z.enum(ROLES)).min(1),
});

export function hasAnyRole(principal: AuthPrincipal, roles: readonly Role[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}

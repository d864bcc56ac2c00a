import { DomainError } from '@mentormesh/graphql';

export class TenantSlugTakenError extends DomainError {
  readonly code = 'IDENTITY.TENANT_SLUG_TAKEN';
  readonly kind = 'CONFLICT';
  constructor(slug: string) {
    super(`slug: ${slug} is already taken`, 'slug');
  }
}

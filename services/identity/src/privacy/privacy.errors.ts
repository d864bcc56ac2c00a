import { DomainError } from '@mentormesh/graphql';

export class ExportNotAllowedError extends DomainError {
  readonly code = 'IDENTITY.EXPORT_NOT_ALLOWED';
  readonly kind = 'FORBIDDEN';
  constructor() {
    super('only an ORG_ADMIN or the employee themself may export their data');
  }
}

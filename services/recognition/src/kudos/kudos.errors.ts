import { DomainError } from '@mentormesh/graphql';

export class InvalidRecipientError extends DomainError {
  readonly code = 'RECOGNITION.INVALID_RECIPIENT';
  readonly kind = 'BAD_USER_INPUT';
  constructor(reason: string) {
    super(`toId: ${reason}`, 'toId');
  }
}

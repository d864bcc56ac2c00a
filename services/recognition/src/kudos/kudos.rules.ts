import type { Colleague } from '../colleagues/colleague.repository';
import { InvalidRecipientError } from './kudos.errors';

/** Points the recipient of one kudos earns. */
export const KUDOS_POINTS = 10;

/** Kudos go to an active colleague, never to yourself (pure: the recipient comes in as an argument). */
export function checkRecipient(fromId: string, toId: string, recipient: Colleague | null): void {
  if (toId === fromId) throw new InvalidRecipientError('cannot be yourself');
  if (!recipient || recipient.status !== 'ACTIVE') {
    throw new InvalidRecipientError('is not an active employee of this organization');
  }
}

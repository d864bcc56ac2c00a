import { InvalidInputError } from '../../scheduling.errors';

const DOMAIN = /^[a-z0-9.-]+$/i;

/** The stable iCalendar UID of a session: the same for the invite, every update, the cancel and feeds. */
export function sessionUid(sessionId: string, uidDomain: string): string {
  if (!DOMAIN.test(uidDomain)) throw new InvalidInputError('uidDomain', 'expected a host name');
  if (sessionId.trim() === '' || /[\s@]/.test(sessionId))
    throw new InvalidInputError('id', 'expected a session id');
  return `${sessionId}@${uidDomain}`;
}

import type { KnownSession } from '../sessions/known-session.repository';
import { InvalidSubjectError, SessionNotOverError, UnknownSessionError } from './feedback.errors';

/**
 * Who may rate whom (pure: the session and `now` come in as arguments): a participant of a session that
 * has taken place, about another participant of it.
 */
export function checkSubmission(
  session: KnownSession | null,
  authorId: string,
  subjectId: string,
  now: Date,
): void {
  if (!session || !session.participants.some((p) => p.employeeId === authorId))
    throw new UnknownSessionError();
  if (session.status === 'cancelled' || session.endsAt.getTime() > now.getTime())
    throw new SessionNotOverError();
  if (subjectId === authorId) throw new InvalidSubjectError('cannot be yourself');
  if (!session.participants.some((p) => p.employeeId === subjectId)) {
    throw new InvalidSubjectError('did not take part in this session');
  }
}

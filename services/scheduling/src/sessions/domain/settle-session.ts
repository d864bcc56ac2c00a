import { formatInstant, parseInstant } from '../../availability/domain';
import { applyChange } from './session-rules';
import { SessionPolicy, SessionState, SessionTransition } from './session.types';

const MINUTE_MS = 60_000;

/** Reason recorded when a request expires unconfirmed. */
export const EXPIRED_REASON = 'not confirmed before start';

/**
 * What the system does on its own when time passes (run by a periodic job):
 * - a confirmed/rescheduled session completes `autoCompleteAfterMinutes` after its end
 *   (unless someone marked it completed or no-show first);
 * - a request still unconfirmed at its start is cancelled as expired.
 * Returns null when nothing is due.
 */
export function settleSession(
  session: SessionState,
  policy: SessionPolicy,
  now: Date,
): SessionTransition | null {
  const nowMs = now.getTime();
  const at = formatInstant(nowMs);
  if (session.status === 'confirmed' || session.status === 'rescheduled') {
    const due = parseInstant(session.end, 'end') + policy.autoCompleteAfterMinutes * MINUTE_MS;
    return nowMs >= due ? applyChange(session, { status: 'completed', settledAt: at }, 'completed') : null;
  }
  if (session.status === 'requested' && nowMs >= parseInstant(session.start, 'start')) {
    const cancellation = { by: 'system', reason: EXPIRED_REASON, at };
    return applyChange(
      session,
      { status: 'cancelled', sequence: session.sequence + 1, cancellation },
      'cancelled',
    );
  }
  return null;
}

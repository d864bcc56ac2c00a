import { InvalidTransitionError } from '../../scheduling.errors';
import { cancelForDeparture, DEPARTED_REASON } from './cancel-session';
import { buildSession } from './session.factory';

describe('cancelForDeparture', () => {
  const now = new Date('2026-03-24T12:55:00Z');

  it('cancels by the system, without a policy deadline, and bumps SEQUENCE', () => {
    const { session, change } = cancelForDeparture(buildSession({ sequence: 3 }), now);
    expect(change).toBe('cancelled');
    expect(session).toMatchObject({
      status: 'cancelled',
      sequence: 4,
      cancellation: { by: 'system', reason: DEPARTED_REASON, at: '2026-03-24T12:55:00.000Z' },
    });
  });

  it('leaves settled sessions alone', () => {
    expect(() => cancelForDeparture(buildSession({ status: 'completed' }), now)).toThrow(
      InvalidTransitionError,
    );
  });
});

import { buildSession } from './session.factory';
import { EXPIRED_REASON, settleSession } from './settle-session';
import { DEFAULT_SESSION_POLICY } from './session.types';

describe('settleSession', () => {
  it('completes a confirmed session automatically after its end plus the grace period', () => {
    expect(
      settleSession(buildSession(), DEFAULT_SESSION_POLICY, new Date('2026-03-24T13:59:59Z')),
    ).toBeNull();
    const settled = settleSession(
      buildSession({ status: 'rescheduled' }),
      DEFAULT_SESSION_POLICY,
      new Date('2026-03-24T14:00:00Z'),
    );
    expect(settled?.change).toBe('completed');
    expect(settled?.session.settledAt).toBe('2026-03-24T14:00:00.000Z');
  });

  it('expires a request nobody confirmed before its start', () => {
    const settled = settleSession(
      buildSession({ status: 'requested' }),
      DEFAULT_SESSION_POLICY,
      new Date('2026-03-24T13:00:00Z'),
    );
    expect(settled?.change).toBe('cancelled');
    expect(settled?.session.cancellation).toEqual({
      by: 'system',
      reason: EXPIRED_REASON,
      at: '2026-03-24T13:00:00.000Z',
    });
  });

  it('leaves final states alone', () => {
    for (const status of ['cancelled', 'completed', 'no_show'] as const) {
      expect(
        settleSession(buildSession({ status }), DEFAULT_SESSION_POLICY, new Date('2027-01-01T00:00:00Z')),
      ).toBeNull();
    }
  });
});

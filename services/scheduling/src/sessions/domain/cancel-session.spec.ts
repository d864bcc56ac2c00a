import {
  ActionNotPermittedError,
  ChangeWindowClosedError,
  InvalidTransitionError,
} from '../../scheduling.errors';
import { cancelSession } from './cancel-session';
import { buildSession } from './session.factory';
import { Actor, DEFAULT_SESSION_POLICY, SessionPolicy } from './session.types';

const mentor: Actor = { kind: 'employee', employeeId: 'mentor-1' };
const mentee: Actor = { kind: 'employee', employeeId: 'mentee-1' };
const admin: Actor = { kind: 'admin', employeeId: 'admin-1' };
const EARLY = new Date('2026-03-20T10:00:00Z');
const LATE = new Date('2026-03-24T12:45:00Z'); // 15 min before start

describe('cancelSession', () => {
  it('cancels with a reason, records who and when, and bumps the sequence', () => {
    const { session, change } = cancelSession(
      buildSession(),
      { actor: mentor, reason: ' Sick ' },
      DEFAULT_SESSION_POLICY,
      EARLY,
    );
    expect(change).toBe('cancelled');
    expect(session.status).toBe('cancelled');
    expect(session.sequence).toBe(2);
    expect(session.cancellation).toEqual({ by: 'mentor-1', reason: 'Sick', at: '2026-03-20T10:00:00.000Z' });
  });

  it('requires a reason when the policy says so', () => {
    expect(() =>
      cancelSession(buildSession(), { actor: mentor, reason: '  ' }, DEFAULT_SESSION_POLICY, EARLY),
    ).toThrow(expect.objectContaining({ code: 'SCHEDULING.INVALID_INPUT', field: 'reason' }));
  });

  it('accepts no reason when the policy does not require one', () => {
    const policy: SessionPolicy = { ...DEFAULT_SESSION_POLICY, cancellationReasonRequired: false };
    expect(
      cancelSession(buildSession(), { actor: mentor, reason: '' }, policy, EARLY).session.cancellation
        ?.reason,
    ).toBe('');
  });

  it('lets only the roles named by the policy cancel', () => {
    const policy: SessionPolicy = { ...DEFAULT_SESSION_POLICY, whoMayCancel: ['mentor', 'admin'] };
    const organizerMentee = buildSession({ organizerId: 'mentee-1' });
    expect(() => cancelSession(organizerMentee, { actor: mentee, reason: 'x' }, policy, EARLY)).toThrow(
      ActionNotPermittedError,
    );
    expect(cancelSession(organizerMentee, { actor: mentor, reason: 'x' }, policy, EARLY).change).toBe(
      'cancelled',
    );
  });

  it('accepts the organizer role when the policy names it', () => {
    const policy: SessionPolicy = { ...DEFAULT_SESSION_POLICY, whoMayCancel: ['organizer'] };
    expect(cancelSession(buildSession(), { actor: mentee, reason: 'x' }, policy, EARLY).change).toBe(
      'cancelled',
    );
    expect(() => cancelSession(buildSession(), { actor: mentor, reason: 'x' }, policy, EARLY)).toThrow(
      ActionNotPermittedError,
    );
  });

  it('refuses a participant after the cancellation deadline, naming the deadline', () => {
    expect(() =>
      cancelSession(buildSession(), { actor: mentor, reason: 'x' }, DEFAULT_SESSION_POLICY, LATE),
    ).toThrow(
      expect.objectContaining({ constructor: ChangeWindowClosedError, deadline: '2026-03-24T12:00:00.000Z' }),
    );
  });

  it('lets an admin cancel late but not after the end', () => {
    expect(
      cancelSession(buildSession(), { actor: admin, reason: 'x' }, DEFAULT_SESSION_POLICY, LATE).session
        .cancellation?.by,
    ).toBe('admin-1');
    const afterEnd = new Date('2026-03-24T13:31:00Z');
    expect(() =>
      cancelSession(buildSession(), { actor: admin, reason: 'x' }, DEFAULT_SESSION_POLICY, afterEnd),
    ).toThrow(ChangeWindowClosedError);
  });

  it('refuses to cancel twice', () => {
    const cancelled = cancelSession(
      buildSession(),
      { actor: mentor, reason: 'x' },
      DEFAULT_SESSION_POLICY,
      EARLY,
    ).session;
    expect(() =>
      cancelSession(cancelled, { actor: mentor, reason: 'x' }, DEFAULT_SESSION_POLICY, EARLY),
    ).toThrow(InvalidTransitionError);
  });
});

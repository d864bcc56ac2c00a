import {
  ActionNotPermittedError,
  ChangeWindowClosedError,
  InvalidTransitionError,
} from '../../scheduling.errors';
import { buildSession } from './session.factory';
import { completeSession, confirmSession, markNoShow, rescheduleSession } from './session-lifecycle';
import { Actor, DEFAULT_SESSION_POLICY } from './session.types';

const mentor: Actor = { kind: 'employee', employeeId: 'mentor-1' };
const mentee: Actor = { kind: 'employee', employeeId: 'mentee-1' };
const outsider: Actor = { kind: 'employee', employeeId: 'someone-else' };
const admin: Actor = { kind: 'admin', employeeId: 'admin-1' };
const BEFORE = new Date('2026-03-20T10:00:00Z');
const DURING = new Date('2026-03-24T13:10:00Z');
const newTime = { start: '2026-03-26T13:00:00Z', end: '2026-03-26T13:30:00Z' };

describe('confirmSession', () => {
  const requested = buildSession({ status: 'requested' });

  it('confirms a request when the invited mentor accepts, bumping the sequence', () => {
    const { session, change } = confirmSession(requested, mentor, BEFORE);
    expect(session.status).toBe('confirmed');
    expect(session.sequence).toBe(2);
    expect(change).toBe('confirmed');
  });

  it('does not let the organizer confirm their own request', () => {
    expect(() => confirmSession(requested, mentee, BEFORE)).toThrow(ActionNotPermittedError);
  });

  it('does not let an outsider confirm', () => {
    expect(() => confirmSession(requested, outsider, BEFORE)).toThrow(ActionNotPermittedError);
  });

  it('refuses to confirm once the session has started', () => {
    expect(() => confirmSession(requested, mentor, DURING)).toThrow(ChangeWindowClosedError);
  });

  it('refuses to confirm a session that is already confirmed', () => {
    expect(() => confirmSession(buildSession(), mentor, BEFORE)).toThrow(
      expect.objectContaining({ code: 'SCHEDULING.INVALID_TRANSITION', from: 'confirmed' }),
    );
  });
});

describe('rescheduleSession', () => {
  it('moves a confirmed session and marks it rescheduled', () => {
    const { session, change, previous } = rescheduleSession(
      buildSession(),
      newTime,
      mentor,
      DEFAULT_SESSION_POLICY,
      BEFORE,
    );
    expect(session).toEqual(
      expect.objectContaining({ status: 'rescheduled', start: '2026-03-26T13:00:00.000Z', sequence: 2 }),
    );
    expect(previous.start).toBe('2026-03-24T13:00:00.000Z');
    expect(change).toBe('rescheduled');
  });

  it('keeps a moved request in requested', () => {
    const moved = rescheduleSession(
      buildSession({ status: 'requested' }),
      newTime,
      mentee,
      DEFAULT_SESSION_POLICY,
      BEFORE,
    );
    expect(moved.session.status).toBe('requested');
  });

  it('can reschedule a rescheduled session again', () => {
    const once = rescheduleSession(buildSession(), newTime, mentor, DEFAULT_SESSION_POLICY, BEFORE).session;
    const again = { start: '2026-03-27T13:00:00Z', end: '2026-03-27T13:30:00Z' };
    expect(rescheduleSession(once, again, mentor, DEFAULT_SESSION_POLICY, BEFORE).session.sequence).toBe(3);
  });

  it.each([
    ['an end before the start', { start: newTime.end, end: newTime.start }, 'end'],
    ['a new time in the past', { start: '2026-03-19T13:00:00Z', end: '2026-03-19T13:30:00Z' }, 'start'],
    ['a session longer than 60 minutes', { start: newTime.start, end: '2026-03-26T15:00:00Z' }, 'end'],
    ['the unchanged time', { start: '2026-03-24T13:00:00Z', end: '2026-03-24T13:30:00Z' }, 'start'],
  ])('rejects %s naming the field', (_name, time, field) => {
    expect(() => rescheduleSession(buildSession(), time, mentor, DEFAULT_SESSION_POLICY, BEFORE)).toThrow(
      expect.objectContaining({ code: 'SCHEDULING.INVALID_INPUT', field }),
    );
  });

  it('closes for participants at the policy deadline but not for admins', () => {
    const late = new Date('2026-03-24T12:30:00Z'); // 30 min before start, policy says 60
    expect(() => rescheduleSession(buildSession(), newTime, mentor, DEFAULT_SESSION_POLICY, late)).toThrow(
      expect.objectContaining({
        code: 'SCHEDULING.CHANGE_WINDOW_CLOSED',
        deadline: '2026-03-24T12:00:00.000Z',
      }),
    );
    expect(
      rescheduleSession(buildSession(), newTime, admin, DEFAULT_SESSION_POLICY, late).session.status,
    ).toBe('rescheduled');
  });

  it('refuses to move a completed session', () => {
    expect(() =>
      rescheduleSession(
        buildSession({ status: 'completed' }),
        newTime,
        mentor,
        DEFAULT_SESSION_POLICY,
        BEFORE,
      ),
    ).toThrow(InvalidTransitionError);
  });
});

describe('completeSession and markNoShow', () => {
  it('lets a participant complete a session once it has started', () => {
    const { session } = completeSession(buildSession(), mentee, DURING);
    expect(session).toEqual(
      expect.objectContaining({ status: 'completed', settledAt: '2026-03-24T13:10:00.000Z' }),
    );
  });

  it('refuses to complete a session that has not started', () => {
    expect(() => completeSession(buildSession(), mentee, BEFORE)).toThrow(/has not started yet/);
  });

  it('refuses to complete a request that was never confirmed', () => {
    expect(() => completeSession(buildSession({ status: 'requested' }), mentee, DURING)).toThrow(
      InvalidTransitionError,
    );
  });

  it('lets the system complete but not an outsider', () => {
    expect(completeSession(buildSession(), { kind: 'system' }, DURING).change).toBe('completed');
    expect(() => completeSession(buildSession(), outsider, DURING)).toThrow(ActionNotPermittedError);
  });

  it('records who did not show up', () => {
    const { session, change } = markNoShow(buildSession(), mentor, ['mentee-1'], DURING);
    expect(change).toBe('no_show');
    expect(session.absentees).toEqual(['mentee-1']);
  });

  it('rejects absentees who are not participants', () => {
    expect(() => markNoShow(buildSession(), mentor, ['stranger'], DURING)).toThrow(
      expect.objectContaining({ field: 'absentees' }),
    );
    expect(() => markNoShow(buildSession(), mentor, [], DURING)).toThrow(
      expect.objectContaining({ field: 'absentees' }),
    );
  });

  it('refuses any transition out of a final state', () => {
    const done = completeSession(buildSession(), mentee, DURING).session;
    expect(() => markNoShow(done, mentor, ['mentee-1'], DURING)).toThrow(InvalidTransitionError);
    expect(() => completeSession(done, mentor, DURING)).toThrow(InvalidTransitionError);
  });
});

import { cancelSession, DEFAULT_SESSION_POLICY } from './domain';
import { SessionEntity } from './session.entity';
import { actorOf, toSessionPatch, toSessionState } from './session-state';

function entity(overrides: Partial<SessionEntity> = {}): SessionEntity {
  return Object.assign(new SessionEntity(), {
    tenantId: 't',
    id: 's',
    agenda: '',
    format: 'VIDEO_CALL',
    startsAt: new Date('2026-03-24T13:00:00.000Z'),
    endsAt: new Date('2026-03-24T13:30:00.000Z'),
    status: 'confirmed',
    createdBy: 'mentee',
    timeZone: 'Europe/Berlin',
    sequence: 0,
    cancelledBy: null,
    cancelReason: null,
    cancelledAt: null,
    absentees: [],
    settledAt: null,
    version: 1,
    ...overrides,
  });
}

describe('session state mapping', () => {
  const participants = [
    { employeeId: 'mentee', role: 'mentee' as const },
    { employeeId: 'mentor', role: 'mentor' as const },
  ];

  it('round-trips a cancellation decided by the domain into the stored columns', () => {
    const state = toSessionState({ session: entity(), participants });
    const transition = cancelSession(
      state,
      { actor: { kind: 'employee', employeeId: 'mentor' }, reason: ' Ill ' },
      DEFAULT_SESSION_POLICY,
      new Date('2026-03-24T10:00:00.000Z'),
    );
    expect(toSessionPatch(transition.session)).toMatchObject({
      status: 'cancelled',
      sequence: 1,
      cancelledBy: 'mentor',
      cancelReason: 'Ill',
      cancelledAt: new Date('2026-03-24T10:00:00.000Z'),
    });
  });

  it('reads an erased organizer as nobody and a system cancellation as the system', () => {
    const state = toSessionState({
      session: entity({
        createdBy: null,
        cancelledAt: new Date('2026-03-24T13:00:00.000Z'),
        status: 'cancelled',
      }),
      participants,
    });
    expect(state.organizerId).toBe('');
    expect(state.cancellation?.by).toBe('system');
    expect(toSessionPatch(state).cancelledBy).toBeNull();
  });

  it('treats organization admins and L&D managers as admins under the policy', () => {
    const base = { tenantId: 't', employeeId: 'e', token: '' };
    expect(actorOf({ ...base, roles: ['LD_MANAGER'] }).kind).toBe('admin');
    expect(actorOf({ ...base, roles: ['EMPLOYEE', 'MENTOR'] }).kind).toBe('employee');
  });
});

import { SessionState } from './session.types';

/** Test factory: a confirmed 30-minute 1:1 session organized by the mentee. */
export function buildSession(overrides: Partial<SessionState> = {}): SessionState {
  return {
    id: 'session-1',
    status: 'confirmed',
    organizerId: 'mentee-1',
    participants: [
      { employeeId: 'mentor-1', role: 'mentor' },
      { employeeId: 'mentee-1', role: 'mentee' },
    ],
    start: '2026-03-24T13:00:00.000Z',
    end: '2026-03-24T13:30:00.000Z',
    sequence: 1,
    cancellation: null,
    absentees: [],
    settledAt: null,
    ...overrides,
  };
}

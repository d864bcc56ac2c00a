import { participantSpans } from './participant-buffers';

describe('participantSpans', () => {
  const start = new Date('2026-03-24T13:00:00.000Z');
  const end = new Date('2026-03-24T13:30:00.000Z');
  const participants = [
    { employeeId: 'mentor', role: 'mentor' as const },
    { employeeId: 'mentee', role: 'mentee' as const },
  ];

  it("widens each participant's range by their own buffers, half-open", () => {
    const spans = participantSpans(start, end, participants, [
      { employeeId: 'mentor', bufferBeforeMinutes: 10, bufferAfterMinutes: 5 },
    ]);
    expect(spans).toEqual([
      { employeeId: 'mentor', role: 'mentor', during: '[2026-03-24T12:50:00.000Z,2026-03-24T13:35:00.000Z)' },
      { employeeId: 'mentee', role: 'mentee', during: '[2026-03-24T13:00:00.000Z,2026-03-24T13:30:00.000Z)' },
    ]);
  });
});

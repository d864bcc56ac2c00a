import { buildRules } from './availability.factory';
import { AvailabilityRules, Participant } from './availability.types';
import { commonSlots } from './common-slots';

const NOW = new Date('2026-03-01T00:00:00Z');

function participant(
  id: string,
  rules: Partial<AvailabilityRules>,
  extra: Partial<Participant> = {},
): Participant {
  return { participantId: id, rules: buildRules(rules), sessions: [], busy: [], ...extra };
}

const mentorBerlin = participant('mentor-berlin', {});
const menteeNewYork = participant('mentee-ny', {
  timeZone: 'America/New_York',
  weekly: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '12:00' }],
  sessionLengths: [],
});

function starts(people: readonly Participant[], from: string, to: string, length = 30): string[] {
  return commonSlots(people, length, { from, to }, NOW, { granularityMinutes: 30 }).map((s) => s.start);
}

describe('commonSlots', () => {
  it('overlaps a Berlin mentor and a New York mentee by one hour while both zones are on standard time', () => {
    expect(starts([mentorBerlin, menteeNewYork], '2026-03-03T00:00:00Z', '2026-03-04T00:00:00Z')).toEqual([
      '2026-03-03T14:00:00.000Z',
      '2026-03-03T14:30:00.000Z',
    ]);
  });

  it('widens to two hours in the weeks when New York already switched and Berlin has not', () => {
    expect(starts([mentorBerlin, menteeNewYork], '2026-03-17T00:00:00Z', '2026-03-18T00:00:00Z', 60)).toEqual(
      ['2026-03-17T13:00:00.000Z', '2026-03-17T13:30:00.000Z', '2026-03-17T14:00:00.000Z'],
    );
  });

  it('shrinks back to one hour once Berlin switched too', () => {
    expect(starts([mentorBerlin, menteeNewYork], '2026-03-31T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-03-31T13:00:00.000Z',
      '2026-03-31T13:30:00.000Z',
    ]);
  });

  it('finds slots every one of three participants can take, sessions and buffers included', () => {
    const coMentorLondon = participant(
      'co-mentor-london',
      { timeZone: 'Europe/London', weekly: [{ weekdays: [2], start: '13:00', end: '14:30' }] },
      { sessions: [{ start: '2026-03-17T13:30:00Z', end: '2026-03-17T13:50:00Z', bufferAfterMinutes: 10 }] },
    );
    // London (GMT) works 13:00–14:30Z; its session blocks [13:30, 14:00) with the stored 10-minute after-buffer.
    expect(
      starts([mentorBerlin, menteeNewYork, coMentorLondon], '2026-03-17T00:00:00Z', '2026-03-18T00:00:00Z'),
    ).toEqual(['2026-03-17T13:00:00.000Z', '2026-03-17T14:00:00.000Z']);
  });

  it('lets a fourth participant’s calendar busy time remove a slot', () => {
    const busyTokyo = participant(
      'peer-tokyo',
      { timeZone: 'Asia/Tokyo', weekly: [{ weekdays: [2, 3], start: '00:00', end: '24:00' }] },
      { busy: [{ start: '2026-03-17T13:00:00Z', end: '2026-03-17T13:30:00Z' }] },
    );
    const four = [
      mentorBerlin,
      menteeNewYork,
      participant('x', { weekly: [{ weekdays: [2], start: '00:00', end: '24:00' }] }),
      busyTokyo,
    ];
    expect(starts(four, '2026-03-17T00:00:00Z', '2026-03-18T00:00:00Z')).toEqual([
      '2026-03-17T13:30:00.000Z',
      '2026-03-17T14:00:00.000Z',
      '2026-03-17T14:30:00.000Z',
    ]);
  });

  it('defaults to the coarsest granularity, aligned on the first participant’s clock', () => {
    const coarse = participant('coarse', {
      timeZone: 'America/New_York',
      slotGranularityMinutes: 60,
      weekly: [{ weekdays: [2], start: '00:00', end: '24:00' }],
    });
    const result = commonSlots(
      [mentorBerlin, coarse],
      30,
      { from: '2026-03-24T00:00:00Z', to: '2026-03-25T00:00:00Z' },
      NOW,
    );
    expect(result.map((s) => s.start)).toEqual(['2026-03-24T13:00:00.000Z', '2026-03-24T14:00:00.000Z']);
  });

  it('rejects a length one of the mentors does not offer', () => {
    const onlyFifteen = participant('short', { sessionLengths: [15] });
    expect(() => starts([mentorBerlin, onlyFifteen], '2026-03-24T00:00:00Z', '2026-03-25T00:00:00Z')).toThrow(
      expect.objectContaining({ field: 'length' }),
    );
  });

  it('names the participant whose data is invalid', () => {
    const broken = participant('broken', { timeZone: 'Nowhere/Special' });
    expect(() => starts([mentorBerlin, broken], '2026-03-24T00:00:00Z', '2026-03-25T00:00:00Z')).toThrow(
      expect.objectContaining({ field: 'participants[1].timeZone' }),
    );
  });

  it('rejects an empty or duplicated participant list', () => {
    expect(() => starts([], '2026-03-24T00:00:00Z', '2026-03-25T00:00:00Z')).toThrow(
      expect.objectContaining({ field: 'participants' }),
    );
    expect(() =>
      starts([mentorBerlin, mentorBerlin], '2026-03-24T00:00:00Z', '2026-03-25T00:00:00Z'),
    ).toThrow(expect.objectContaining({ field: 'participants' }));
  });
});

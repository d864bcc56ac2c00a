import { layOutRounds, replanRounds, roundWindow } from './index';
import { Pairing, PlanRound, Roster, RoundTiming } from './speed-event.types';

const timing: RoundTiming = {
  startsAt: Date.parse('2026-06-01T14:00:00Z'),
  roundMinutes: 7,
  breakMinutes: 3,
};
const roster: Roster = {
  mentorIds: ['m1', 'm2'],
  participantIds: ['p1', 'p2', 'p3'],
  rooms: ['Table A', 'Table B'],
};
const plan: PlanRound[] = [
  {
    round: 2,
    pairs: [
      { mentorId: 'm1', participantIds: ['p2'] },
      { mentorId: 'm2', participantIds: ['p3'] },
    ],
    sittingOut: ['p1'],
  },
  {
    round: 1,
    pairs: [
      { mentorId: 'm1', participantIds: ['p1'] },
      { mentorId: 'm2', participantIds: ['p2'] },
    ],
    sittingOut: ['p3'],
  },
  {
    round: 3,
    pairs: [
      { mentorId: 'm1', participantIds: ['p3'] },
      { mentorId: 'm2', participantIds: ['p1'] },
    ],
    sittingOut: ['p2'],
  },
];
const at = (iso: string): number => Date.parse(iso);
const key = (p: Pairing): string => `${p.round}:${p.mentorId}:${p.participantIds.join('+')}`;

describe('layOutRounds', () => {
  it('lays rounds out back to back with breaks, mentors at their own table', () => {
    const pairings = layOutRounds(plan, timing, roster);
    expect(pairings.map(key)).toEqual(['1:m1:p1', '1:m2:p2', '2:m1:p2', '2:m2:p3', '3:m1:p3', '3:m2:p1']);
    expect(pairings[2]).toMatchObject({ start: at('2026-06-01T14:10:00Z'), end: at('2026-06-01T14:17:00Z') });
    expect(pairings[4].start).toBe(at('2026-06-01T14:20:00Z'));
    expect(pairings.filter((p) => p.mentorId === 'm2').map((p) => p.room)).toEqual([
      'Table B',
      'Table B',
      'Table B',
    ]);
  });

  it('gives no room without rooms', () => {
    expect(layOutRounds(plan, timing, { ...roster, rooms: [] })[0].room).toBeNull();
  });
});

describe('replanRounds', () => {
  const pairings = layOutRounds(plan, timing, roster);
  const base = { pairings, roster, timing, roundCount: 3, absent: [], added: [] };

  it('drops an absent participant’s future meetings and fills the gap with someone the mentor has not met', () => {
    const afterRound1 = roundWindow(timing, 1).end;
    const alone = replanRounds({ ...base, absent: ['p3'], now: afterRound1 });
    expect(alone.drop.map(key)).toEqual(['2:m2:p3', '3:m1:p3']);
    // Round 2: m2 is free but p1 (sitting out) meets m2 in round 3; round 3: p2 already met m1.
    expect(alone.add).toEqual([]);
    const result = replanRounds({ ...base, absent: ['p3'], added: ['p4'], now: afterRound1 });
    expect(result.add.map(key)).toEqual(['2:m2:p4', '3:m1:p4']);
    expect(result.participantIds).toEqual(['p1', 'p2', 'p4']);
  });

  it('never changes rounds that have started', () => {
    const result = replanRounds({ ...base, absent: ['p1'], now: roundWindow(timing, 1).start + 1 });
    expect(result.drop.every((p) => p.round > 1)).toBe(true);
    expect(result.drop.map(key)).toEqual(['3:m2:p1']);
  });

  it('drops an absent mentor’s meetings and seats a late joiner where a mentor is free', () => {
    const result = replanRounds({ ...base, absent: ['m1'], added: ['p4'], now: timing.startsAt - 1 });
    expect(result.drop.map(key)).toEqual(['1:m1:p1', '2:m1:p2', '3:m1:p3']);
    expect(result.add).toHaveLength(0);
    const joined = replanRounds({ ...base, absent: ['p2'], added: ['p4'], now: timing.startsAt - 1 });
    expect(joined.add.map(key)).toEqual(['1:m2:p4', '2:m1:p4']);
    expect(joined.participantIds).toEqual(['p1', 'p3', 'p4']);
  });

  it('keeps the rest of a group when one member is absent', () => {
    const group = [{ ...pairings[0], participantIds: ['p1', 'p2'] }];
    const result = replanRounds({ ...base, pairings: group, roundCount: 1, absent: ['p2'], now: 0 });
    expect(result.drop.map(key)).toEqual(['1:m1:p1+p2']);
    expect(result.add.map(key)).toContain('1:m1:p1');
  });
});

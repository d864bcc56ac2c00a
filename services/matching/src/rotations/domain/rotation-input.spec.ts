import { MatchingError } from '../../matching.errors';
import { findMutualMeetAgain, planRotation, type RotationInput } from './index';

const event: RotationInput = {
  participants: [
    { participantId: 'ann', departmentId: 'sales' },
    { participantId: 'bob', departmentId: 'ops' },
  ],
  mentors: [
    { mentorId: 'max', departmentId: 'eng', capacityPerRound: 1 },
    { mentorId: 'mia', departmentId: 'sales', capacityPerRound: 1 },
  ],
  rounds: 2,
  fits: [{ participantId: 'ann', mentorId: 'max', score: 0.9 }],
};

const failure = (input: Partial<RotationInput>): { code: string; field: string } | null => {
  try {
    planRotation({ ...event, ...input });
    return null;
  } catch (error) {
    if (error instanceof MatchingError) return { code: error.code, field: error.field };
    throw error;
  }
};

describe('rotation input', () => {
  it('names the bad field', () => {
    expect(failure({ rounds: 3 })?.field).toBe('rounds');
    expect(
      failure({ mentors: [{ mentorId: 'max', departmentId: null, capacityPerRound: -1 }], rounds: 1 })?.field,
    ).toBe('mentors[0].capacityPerRound');
    expect(failure({ fits: [{ participantId: 'zoe', mentorId: 'max', score: 1 }] })?.field).toBe(
      'fits[0].participantId',
    );
    expect(failure({ fits: [{ participantId: 'ann', mentorId: 'max', score: 2 }] })?.field).toBe(
      'fits[0].score',
    );
    expect(failure({ mixer: { crossDepartmentBonus: 3 } })?.field).toBe('mixer.crossDepartmentBonus');
    expect(failure({ participants: [] })?.field).toBe('participants');
  });

  it('rejects an event in which nobody can meet anybody', () => {
    const mentors = event.mentors.map((mentor) => ({ ...mentor, capacityPerRound: 0 }));
    expect(failure({ mentors })).toEqual({ code: 'MATCHING.NO_FEASIBLE_PAIRS', field: 'mentors' });
  });

  it('never pairs a peer with themself', () => {
    const plan = planRotation({
      ...event,
      participants: [...event.participants, { participantId: 'max', departmentId: 'eng' }],
    });
    const meetings = plan.rounds.flatMap((round) => round.meetings);
    expect(meetings.some((meeting) => meeting.participantId === meeting.mentorId)).toBe(false);
  });
});

describe('findMutualMeetAgain', () => {
  it('proposes pairs that met and chose each other', () => {
    const plan = planRotation(event);
    const pairs = findMutualMeetAgain(plan, [
      { chooserId: 'ann', chosenId: 'max' },
      { chooserId: 'max', chosenId: 'ann' },
      { chooserId: 'bob', chosenId: 'mia' },
      { chooserId: 'mia', chosenId: 'ann' },
    ]);
    expect(pairs).toEqual([{ participantId: 'ann', mentorId: 'max', round: expect.any(Number) }]);
  });
});

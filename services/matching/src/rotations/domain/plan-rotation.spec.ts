import { bruteForceRotation } from '../../testing/brute-force-rotation';
import { buildRandomRotation } from '../../testing/random-rotation';
import { createSeededRandom } from '../../testing/seeded-random';
import {
  evaluateRotationPlan,
  planRotation,
  planRotationRoundByRound,
  planRoundRobinRotation,
  type RotationInput,
  type RotationPlan,
} from './index';

const quantizedFit = (plan: RotationPlan): number =>
  plan.rounds.reduce(
    (sum, round) => sum + round.meetings.reduce((s, m) => s + Math.round(m.fit * 10_000), 0),
    0,
  );

describe('planRotation', () => {
  it('keeps every rule on seeded random events of all shapes', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const random = createSeededRandom(seed);
      const mentors = random.int(2, 12);
      const input = buildRandomRotation(random, {
        participants: random.int(1, 30),
        mentors,
        maxCapacity: random.int(1, 3),
        rounds: random.int(1, Math.ceil(mentors / 2)),
        departments: random.int(1, 4),
        exclusionRate: random.pick([0, 0, 0.05]),
        mixerBonus: random.pick([undefined, 0.3]),
        peerRate: random.pick([0, 0.3]),
      });
      for (const plan of [planRotation(input), planRotationRoundByRound(input)]) {
        expect(evaluateRotationPlan(input, plan).violations).toEqual([]);
        expect(plan.rounds).toHaveLength(input.rounds);
      }
    }
  });

  it('finds the best plan on tiny events (brute force)', () => {
    let compared = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const random = createSeededRandom(1000 + seed);
      const input = buildRandomRotation(random, {
        participants: random.int(1, 4),
        mentors: random.int(1, 3),
        maxCapacity: random.int(1, 2),
        rounds: 1,
        departments: 2,
        exclusionRate: 0.1,
        mixerBonus: random.pick([undefined, 0.5]),
        scoreSteps: 10,
      });
      const rounds = random.int(1, input.mentors.length);
      const event: RotationInput = { ...input, rounds };
      const plan = planRotation(event);
      if (plan.strategy !== 'GLOBAL_OPTIMUM') continue;
      const optimum = bruteForceRotation(event);
      expect([plan.meetingCount, quantizedFit(plan)]).toEqual([optimum?.meetings, optimum?.totalFit]);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('spreads sit-outs fairly when there are far more participants than seats', () => {
    const random = createSeededRandom(77);
    const input = buildRandomRotation(random, {
      participants: 23,
      mentors: 5,
      maxCapacity: 1,
      rounds: 5,
      departments: 3,
    });
    const plan = planRotation(input);
    const report = evaluateRotationPlan(input, plan);
    expect(plan.strategy).toBe('PER_ROUND');
    expect(report.violations).toEqual([]);
    expect(report.sitOutRange).toEqual([3, 4]);
    expect(plan.meetingCount).toBe(25);
  });

  it('beats the round-robin baseline on fit and rewards cross-department pairs in mixer mode', () => {
    const random = createSeededRandom(8);
    const input = buildRandomRotation(random, {
      participants: 20,
      mentors: 20,
      maxCapacity: 1,
      rounds: 6,
      departments: 4,
    });
    const baseline = planRoundRobinRotation(input);
    const optimal = planRotation(input);
    expect(optimal.meetingCount).toBeGreaterThanOrEqual(baseline.meetingCount);
    expect(optimal.totalFit).toBeGreaterThan(baseline.totalFit);
    const mixer = planRotation({ ...input, mixer: { crossDepartmentBonus: 0.5 } });
    expect(mixer.crossDepartmentMeetings).toBeGreaterThan(optimal.crossDepartmentMeetings);
  });
});

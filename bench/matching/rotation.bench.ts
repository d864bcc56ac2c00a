import {
  evaluateRotationPlan,
  planRotation,
  planRotationRoundByRound,
  planRoundRobinRotation,
  type RotationInput,
  type RotationPlan,
} from '../../services/matching/src/rotations/domain';
import { buildRandomRotation } from '../../services/matching/src/testing/random-rotation';
import { createSeededRandom } from '../../services/matching/src/testing/seeded-random';
import { print, timeMs } from './bench-stats';

interface Scenario {
  readonly name: string;
  readonly participants: number;
  readonly mentors: number;
  readonly maxCapacity: number;
  readonly rounds: number;
  readonly mixerBonus?: number;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'speed mentoring', participants: 30, mentors: 30, maxCapacity: 1, rounds: 8 },
  { name: 'mentor mixer', participants: 48, mentors: 24, maxCapacity: 3, rounds: 6, mixerBonus: 0.3 },
  { name: 'few mentors', participants: 80, mentors: 12, maxCapacity: 2, rounds: 6 },
  { name: 'large event', participants: 500, mentors: 100, maxCapacity: 3, rounds: 10, mixerBonus: 0.2 },
];

function row(name: string, input: RotationInput, plan: RotationPlan, ms: number): string {
  const report = evaluateRotationPlan(input, plan);
  return (
    `  ${name.padEnd(13)} ${plan.strategy.padEnd(14)} ${ms.toFixed(0).padStart(6)} ms  fit ${plan.totalFit.toFixed(2).padStart(8)}  ` +
    `meetings ${String(plan.meetingCount).padStart(4)}  cross-dept ${String(plan.crossDepartmentMeetings).padStart(4)}  ` +
    `sit-outs ${report.sitOutRange.join('-')}  rule breaches ${report.violations.length}`
  );
}

function main(): void {
  SCENARIOS.forEach((scenario, i) => {
    const input = buildRandomRotation(createSeededRandom(31 + i), {
      ...scenario,
      departments: 5,
      exclusionRate: 0.02,
    });
    const seats = input.mentors.reduce((sum, mentor) => sum + mentor.capacityPerRound, 0);
    print(
      `${scenario.name}: ${input.participants.length} participants, ${input.mentors.length} mentors (${seats} seats/round), ` +
        `${input.rounds} rounds${scenario.mixerBonus ? `, mixer bonus ${scenario.mixerBonus}` : ''}`,
    );
    const planned = timeMs(() => planRotation(input));
    const perRound = timeMs(() => planRotationRoundByRound(input));
    const baseline = timeMs(() => planRoundRobinRotation(input));
    print(row('planRotation', input, planned.result, planned.ms));
    if (planned.result.strategy !== 'PER_ROUND')
      print(row('round by round', input, perRound.result, perRound.ms));
    print(row('round-robin', input, baseline.result, baseline.ms));
    const gain = planned.result.totalFit - baseline.result.totalFit;
    print(
      `  vs round-robin: fit +${gain.toFixed(2)} (+${((100 * gain) / baseline.result.totalFit).toFixed(1)} %)`,
    );
  });
}

main();

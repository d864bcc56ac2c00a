import { fork } from 'node:child_process';
import {
  assignCohort,
  assignCohortGreedily,
  type CohortAssignmentInput,
  type CohortAssignmentResult,
  type CohortPair,
} from '../../services/matching/src/cohorts/domain';
import { createSeededRandom, type SeededRandom } from '../../services/matching/src/testing/seeded-random';
import { mib, print, timeMs } from './bench-stats';

const MENTEES = 2_000;
const MENTORS = 500;
const TOPICS = 25;

/**
 * Scores with structure, like the recommendation scoring: mentor quality, topic affinity (a
 * mentee cares about a few topics, a mentor covers a few) and noise; 5 % of pairs are excluded.
 */
function buildCohort(random: SeededRandom, minCapacity: number, maxCapacity: number): CohortAssignmentInput {
  const mentors = Array.from({ length: MENTORS }, (_, i) => ({
    mentorId: `mentor-${String(i).padStart(4, '0')}`,
    capacity: random.int(minCapacity, maxCapacity),
    quality: random.next(),
    topics: new Set([random.int(0, TOPICS - 1), random.int(0, TOPICS - 1)]),
  }));
  const mentees = Array.from({ length: MENTEES }, (_, i) => ({
    menteeId: `mentee-${String(i).padStart(5, '0')}`,
    topics: [random.int(0, TOPICS - 1), random.int(0, TOPICS - 1), random.int(0, TOPICS - 1)],
  }));
  const pairs: CohortPair[] = [];
  for (const mentee of mentees) {
    for (const mentor of mentors) {
      if (random.chance(0.05)) continue;
      const affinity = mentee.topics.filter((topic) => mentor.topics.has(topic)).length / 3;
      const score = 0.35 * mentor.quality + 0.5 * affinity + 0.15 * random.next();
      pairs.push({
        menteeId: mentee.menteeId,
        mentorId: mentor.mentorId,
        score: Math.round(score * 1e6) / 1e6,
      });
    }
  }
  return {
    mentees: mentees.map(({ menteeId }) => ({ menteeId })),
    mentors: mentors.map(({ mentorId, capacity }) => ({ mentorId, capacity })),
    pairs,
  };
}

/** Peak resident set size of this process so far (includes typed arrays outside the JS heap). */
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

interface Scenario {
  readonly seed: number;
  readonly minCapacity: number;
  readonly maxCapacity: number;
}

interface Measurement {
  readonly ms: number;
  readonly peakRssIncrease: number;
  readonly heapAfter: number;
  readonly placed: number;
  readonly totalScore: number;
  readonly firstChoices: number;
  readonly routedFrom: string;
}

/** Child process: build the scenario, run one solver, report time and memory it added. */
function measure(scenario: Scenario, solver: 'greedy' | 'optimal'): void {
  const input = buildCohort(createSeededRandom(scenario.seed), scenario.minCapacity, scenario.maxCapacity);
  global.gc?.();
  const rssBefore = peakRss();
  const solve = (): CohortAssignmentResult =>
    solver === 'greedy' ? assignCohortGreedily(input) : assignCohort(input);
  const { result, ms } = timeMs(solve);
  const usage = process.memoryUsage();
  const measurement: Measurement = {
    ms,
    peakRssIncrease: peakRss() - rssBefore,
    heapAfter: usage.heapUsed + usage.arrayBuffers,
    placed: result.placedCount,
    totalScore: result.totalScore,
    firstChoices: result.assignments.filter((assignment) => assignment.choiceRank === 1).length,
    routedFrom: result.stats.routedFrom ?? '-',
  };
  process.send?.(measurement);
}

function runChild(scenario: Scenario, solver: 'greedy' | 'optimal'): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', JSON.stringify(scenario), solver], {
      execArgv: [...process.execArgv, '--expose-gc'],
    });
    child.once('message', (message) => resolve(message as Measurement));
    child.once('error', reject);
  });
}

function describe(name: string, m: Measurement): string {
  return (
    `  ${name.padEnd(14)} ${m.ms.toFixed(0).padStart(6)} ms  peak RSS +${mib(m.peakRssIncrease).padStart(9)}  ` +
    `heap+buffers after ${mib(m.heapAfter)}  placed ${m.placed}  total score ${m.totalScore.toFixed(3)}  ` +
    `best mentor for ${m.firstChoices}  routed from ${m.routedFrom}`
  );
}

async function main(): Promise<void> {
  print(
    `node ${process.version}; each solver runs in its own process; peak RSS + = memory added by the solver`,
  );
  const scenarios: Scenario[] = [
    { seed: 424242, minCapacity: 1, maxCapacity: 5 },
    { seed: 424243, minCapacity: 3, maxCapacity: 8 },
  ];
  for (const scenario of scenarios) {
    const input = buildCohort(createSeededRandom(scenario.seed), scenario.minCapacity, scenario.maxCapacity);
    const capacity = input.mentors.reduce((sum, mentor) => sum + mentor.capacity, 0);
    print(
      `cohort: ${MENTEES} mentees x ${MENTORS} mentors, capacity ${scenario.minCapacity}-${scenario.maxCapacity} ` +
        `(total ${capacity}), ${input.pairs.length} eligible pairs`,
    );
    const greedy = await runChild(scenario, 'greedy');
    const optimal = await runChild(scenario, 'optimal');
    print(describe('greedy', greedy));
    print(describe('min-cost flow', optimal));
    const gain = optimal.totalScore - greedy.totalScore;
    print(
      `  optimal vs greedy: +${gain.toFixed(3)} total score (+${((100 * gain) / greedy.totalScore).toFixed(2)} %), ` +
        `placed ${optimal.placed} vs ${greedy.placed}`,
    );
  }
}

if (process.argv[2] === '--child')
  measure(JSON.parse(process.argv[3]) as Scenario, process.argv[4] as 'greedy' | 'optimal');
else void main();

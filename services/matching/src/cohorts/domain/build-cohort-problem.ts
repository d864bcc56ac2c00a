import { InvalidMatchingInputError } from '../../matching.errors';
import type { CohortAssignmentInput } from './cohort-assignment-input';
import type { CohortProblem } from './cohort-problem';
import { quantizeScore, SCORE_SCALE } from './quantize-score';
import { numberIds, numberRefs, type NumberedRef } from './validate-cohort-refs';

interface NumberedPairs {
  readonly mentee: Int32Array;
  readonly mentor: Int32Array;
  readonly score: Int32Array;
}

function numberPairs(
  input: CohortAssignmentInput,
  menteeNumber: Map<string, number>,
  mentorNumber: Map<string, number>,
): NumberedPairs {
  const count = input.pairs.length;
  const numbered = {
    mentee: new Int32Array(count),
    mentor: new Int32Array(count),
    score: new Int32Array(count),
  };
  input.pairs.forEach((pair, i) => {
    const mentee = menteeNumber.get(pair.menteeId);
    if (mentee === undefined)
      throw new InvalidMatchingInputError(`pairs[${i}].menteeId`, 'is not a mentee of this run');
    const mentor = mentorNumber.get(pair.mentorId);
    if (mentor === undefined)
      throw new InvalidMatchingInputError(`pairs[${i}].mentorId`, 'is not a mentor of this run');
    if (!(Number.isFinite(pair.score) && pair.score >= 0 && pair.score <= 1)) {
      throw new InvalidMatchingInputError(`pairs[${i}].score`, 'must be a number in [0, 1]');
    }
    numbered.mentee[i] = mentee;
    numbered.mentor[i] = mentor;
    numbered.score[i] = quantizeScore(pair.score);
  });
  return numbered;
}

function readCapacities(input: CohortAssignmentInput, mentorNumber: Map<string, number>): Int32Array {
  const capacity = new Int32Array(mentorNumber.size);
  input.mentors.forEach((mentor, i) => {
    if (!Number.isInteger(mentor.capacity) || mentor.capacity < 0) {
      throw new InvalidMatchingInputError(`mentors[${i}].capacity`, 'must be an integer ≥ 0');
    }
    capacity[mentorNumber.get(mentor.mentorId) ?? 0] = mentor.capacity;
  });
  return capacity;
}

interface Edges {
  readonly edgeStart: Int32Array;
  readonly edgeMentor: Int32Array;
  readonly edgeScore: Int32Array;
  readonly edgePair: Int32Array;
}

/** Pair numbers grouped by mentee (counting sort): mentee m owns byMentee[start[m] .. start[m + 1]). */
function groupByMentee(
  pairs: NumberedPairs,
  menteeCount: number,
): { start: Int32Array; byMentee: Int32Array } {
  const start = new Int32Array(menteeCount + 1);
  for (const mentee of pairs.mentee) start[mentee + 1]++;
  for (let i = 0; i < menteeCount; i++) start[i + 1] += start[i];
  const cursor = start.slice(0, menteeCount);
  const byMentee = new Int32Array(pairs.mentee.length);
  pairs.mentee.forEach((mentee, pair) => (byMentee[cursor[mentee]++] = pair));
  return { start, byMentee };
}

/** Groups pairs per mentee, drops forbidden pairs and full mentors, sorts by score; rejects duplicates. */
function buildEdges(
  pairs: NumberedPairs,
  menteeCount: number,
  capacity: Int32Array,
  forbids: readonly NumberedRef[],
): Edges {
  const mentorCount = capacity.length;
  const forbidden = new Set(forbids.map((ref) => ref.mentee * mentorCount + ref.mentor));
  const { start, byMentee } = groupByMentee(pairs, menteeCount);
  const pairOfMentor = new Int32Array(mentorCount).fill(-1);
  const edgeStart = new Int32Array(menteeCount + 1);
  const edgePair: number[] = [];
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    const own = byMentee.subarray(start[mentee], start[mentee + 1]);
    const keys: number[] = [];
    for (const pair of own) {
      const mentor = pairs.mentor[pair];
      if (pairOfMentor[mentor] >= 0) throw new InvalidMatchingInputError(`pairs[${pair}]`, 'is duplicated');
      pairOfMentor[mentor] = pair;
      if (capacity[mentor] > 0 && !forbidden.has(mentee * mentorCount + mentor)) {
        keys.push((SCORE_SCALE - pairs.score[pair]) * mentorCount + mentor);
      }
    }
    for (const key of Float64Array.from(keys).sort()) edgePair.push(pairOfMentor[key % mentorCount]);
    for (const pair of own) pairOfMentor[pairs.mentor[pair]] = -1;
    edgeStart[mentee + 1] = edgePair.length;
  }
  return {
    edgeStart,
    edgeMentor: Int32Array.from(edgePair, (pair) => pairs.mentor[pair]),
    edgeScore: Int32Array.from(edgePair, (pair) => pairs.score[pair]),
    edgePair: Int32Array.from(edgePair),
  };
}

function applyPins(
  pins: readonly NumberedRef[],
  forbids: readonly NumberedRef[],
  edges: Edges,
  capacity: Int32Array,
  menteeCount: number,
): Int32Array {
  const pinnedMentor = new Int32Array(menteeCount).fill(-1);
  const used = new Int32Array(capacity.length);
  pins.forEach(({ mentee, mentor }, i) => {
    if (pinnedMentor[mentee] >= 0)
      throw new InvalidMatchingInputError(`pins[${i}].menteeId`, 'is pinned twice');
    if (forbids.some((ref) => ref.mentee === mentee && ref.mentor === mentor)) {
      throw new InvalidMatchingInputError(`pins[${i}]`, 'is also forbidden');
    }
    if (++used[mentor] > capacity[mentor])
      throw new InvalidMatchingInputError(`pins[${i}].mentorId`, "exceeds the mentor's capacity");
    const edges_ = edges.edgeMentor.subarray(edges.edgeStart[mentee], edges.edgeStart[mentee + 1]);
    if (!edges_.includes(mentor))
      throw new InvalidMatchingInputError(`pins[${i}]`, 'is not an eligible pair');
    pinnedMentor[mentee] = mentor;
  });
  return pinnedMentor;
}

/** Validates a cohort input (errors name the field) and brings it into canonical, numbered form. */
export function buildCohortProblem(input: CohortAssignmentInput): CohortProblem {
  const menteeNumber = numberIds(input.mentees, 'mentees', 'menteeId', (mentee) => mentee.menteeId);
  const mentorNumber = numberIds(input.mentors, 'mentors', 'mentorId', (mentor) => mentor.mentorId);
  const capacity = readCapacities(input, mentorNumber);
  const forbids = numberRefs(input.forbids ?? [], 'forbids', menteeNumber, mentorNumber);
  const pins = numberRefs(input.pins ?? [], 'pins', menteeNumber, mentorNumber);
  const edges = buildEdges(
    numberPairs(input, menteeNumber, mentorNumber),
    menteeNumber.size,
    capacity,
    forbids,
  );
  const pinnedMentor = applyPins(pins, forbids, edges, capacity, menteeNumber.size);
  return {
    menteeIds: [...menteeNumber.keys()],
    mentorIds: [...mentorNumber.keys()],
    capacity,
    ...edges,
    pairs: input.pairs,
    pinnedMentor,
  };
}

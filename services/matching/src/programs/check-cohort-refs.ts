import { InvalidMatchingInputError } from '../matching.errors';
import type { CohortRunInput, CohortRunPairRef } from './cohort-run-input';

function checkUnique(ids: readonly string[], fieldOf: (i: number) => string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new InvalidMatchingInputError(fieldOf(i), 'is duplicated');
    seen.add(id);
  });
}

function checkRefs(
  refs: readonly CohortRunPairRef[],
  field: string,
  mentees: ReadonlySet<string>,
  mentors: ReadonlySet<string>,
): void {
  refs.forEach((ref, i) => {
    if (!mentees.has(ref.menteeId))
      throw new InvalidMatchingInputError(`${field}[${i}].menteeId`, 'is not a mentee of this run');
    if (!mentors.has(ref.mentorId))
      throw new InvalidMatchingInputError(`${field}[${i}].mentorId`, 'is not a mentor of this run');
  });
}

/** Ids are unique, and pins and forbids only name the run's own mentees and mentors. Names the field. */
export function checkCohortRefs(input: CohortRunInput): void {
  checkUnique(input.menteeIds, (i) => `menteeIds[${i}]`);
  checkUnique(
    input.mentors.map((mentor) => mentor.mentorId),
    (i) => `mentors[${i}].mentorId`,
  );
  const mentees = new Set(input.menteeIds);
  const mentors = new Set(input.mentors.map((mentor) => mentor.mentorId));
  checkRefs(input.pins, 'pins', mentees, mentors);
  checkRefs(input.forbids, 'forbids', mentees, mentors);
  checkUnique(
    input.pins.map((pin) => pin.menteeId),
    (i) => `pins[${i}].menteeId`,
  );
}

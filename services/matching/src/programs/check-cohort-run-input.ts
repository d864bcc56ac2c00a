import { InvalidMatchingInputError, NoFeasiblePairsError } from '../matching.errors';
import type { CohortRunInput } from './cohort-run-input';
import type { ProgramPeople } from './scoring/program-people';
import type { ProgramScorer } from './scoring/program-scorer';

/** Every mentee and mentor must be a known employee; mentees must be active. Names the field. */
export function checkCohortPeople(input: CohortRunInput, people: ProgramPeople): void {
  input.menteeIds.forEach((id, i) => {
    const person = people.byId.get(id);
    if (!person) throw new InvalidMatchingInputError(`menteeIds[${i}]`, 'is not a known employee');
    if (!person.isActive) throw new InvalidMatchingInputError(`menteeIds[${i}]`, 'is not an active employee');
  });
  input.mentors.forEach((mentor, i) => {
    if (!people.byId.has(mentor.mentorId))
      throw new InvalidMatchingInputError(`mentors[${i}].mentorId`, 'is not a known employee');
  });
  input.focusSkillIds.forEach((skillId, i) => {
    if (!people.skills.has(skillId))
      throw new InvalidMatchingInputError(`focusSkillIds[${i}]`, 'is not a skill known in this organization');
  });
}

/**
 * Cheap checks before a run is queued (hard rules only, no scoring): pins must be allowed pairs and
 * at least one mentee must have an allowed mentor with room. Names the field.
 */
export function checkCohortFeasibility(input: CohortRunInput, scorer: ProgramScorer): void {
  const forbidden = new Set(input.forbids.map((ref) => `${ref.menteeId}|${ref.mentorId}`));
  input.pins.forEach((pin, i) => {
    const rating = scorer.rate(pin.menteeId, pin.mentorId);
    if (rating.excludedBy !== null)
      throw new InvalidMatchingInputError(`pins[${i}]`, `is not an eligible pair (${rating.excludedBy})`);
  });
  const open = input.mentors.filter((mentor) => mentor.capacity > 0);
  for (const menteeId of input.menteeIds) {
    for (const { mentorId } of open) {
      if (forbidden.has(`${menteeId}|${mentorId}`)) continue;
      if (scorer.isEligible(menteeId, mentorId)) return;
    }
  }
  if (input.pins.length > 0) return;
  throw new NoFeasiblePairsError(
    open.length === 0 ? 'mentors' : 'menteeIds',
    open.length === 0
      ? 'no mentor has a capacity above 0'
      : 'no mentee can be paired with any mentor (all pairs are excluded by the rules or forbidden)',
  );
}

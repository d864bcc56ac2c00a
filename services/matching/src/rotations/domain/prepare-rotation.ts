import { InvalidMatchingInputError, NoFeasiblePairsError } from '../../matching.errors';
import type { PreparedRotation } from './prepared-rotation';
import type { RotationInput, RotationPairRef } from './rotation-input';

/**
 * Largest event the planner accepts. Keeps the exact integer arithmetic of the tiered sit-out
 * costs (about participants⁴ × 2·10⁴) below 2^53.
 */
export const ROTATION_LIMITS = Object.freeze({ maxParticipants: 500, maxMentors: 500, maxRounds: 50 });

function numberIds(ids: readonly string[], field: string, idKey: string, max: number): Map<string, number> {
  if (ids.length > max) throw new InvalidMatchingInputError(field, `at most ${max} entries`);
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (!id) throw new InvalidMatchingInputError(`${field}[${i}].${idKey}`, 'is required');
    if (seen.has(id)) throw new InvalidMatchingInputError(`${field}[${i}].${idKey}`, 'is duplicated');
    seen.add(id);
  });
  return new Map([...ids].sort().map((id, number) => [id, number]));
}

function resolvePair(
  ref: RotationPairRef,
  field: string,
  participants: Map<string, number>,
  mentors: Map<string, number>,
): [number, number] {
  const participant = participants.get(ref.participantId);
  if (participant === undefined)
    throw new InvalidMatchingInputError(`${field}.participantId`, 'is not a participant');
  const mentor = mentors.get(ref.mentorId);
  if (mentor === undefined) throw new InvalidMatchingInputError(`${field}.mentorId`, 'is not a mentor');
  return [participant, mentor];
}

function checkShape(input: RotationInput): number {
  const { rounds, mentors, mixer } = input;
  if (input.participants.length === 0)
    throw new InvalidMatchingInputError('participants', 'must not be empty');
  if (
    !Number.isInteger(rounds) ||
    rounds < 1 ||
    rounds > Math.min(mentors.length, ROTATION_LIMITS.maxRounds)
  ) {
    throw new InvalidMatchingInputError(
      'rounds',
      'must be an integer from 1 to the number of mentors (at most 50)',
    );
  }
  mentors.forEach((mentor, i) => {
    if (!Number.isInteger(mentor.capacityPerRound) || mentor.capacityPerRound < 0) {
      throw new InvalidMatchingInputError(`mentors[${i}].capacityPerRound`, 'must be an integer ≥ 0');
    }
  });
  const bonus = mixer?.crossDepartmentBonus ?? 0;
  if (!(bonus >= 0 && bonus <= 1))
    throw new InvalidMatchingInputError('mixer.crossDepartmentBonus', 'must be in [0, 1]');
  return bonus;
}

interface Numbering {
  readonly participants: Map<string, number>;
  readonly mentors: Map<string, number>;
}

/** Department-based part of the matrices: cross flags, the mixer bonus, never-with-themself. */
function baseMatrices(
  input: RotationInput,
  numbering: Numbering,
  bonus: number,
): { fit: Float64Array; isCross: Uint8Array } {
  const { participants, mentors } = numbering;
  const mentorCount = mentors.size;
  const mentorDepartment: (string | null)[] = new Array(mentorCount);
  input.mentors.forEach(
    (mentor) => (mentorDepartment[mentors.get(mentor.mentorId) ?? 0] = mentor.departmentId),
  );
  const fit = new Float64Array(participants.size * mentorCount);
  const isCross = new Uint8Array(participants.size * mentorCount);
  input.participants.forEach((participant) => {
    const row = (participants.get(participant.participantId) ?? 0) * mentorCount;
    mentorDepartment.forEach((department, mentor) => {
      const cross =
        department !== null && participant.departmentId !== null && department !== participant.departmentId;
      isCross[row + mentor] = cross ? 1 : 0;
      fit[row + mentor] = cross ? bonus : 0;
    });
    const self = mentors.get(participant.participantId);
    if (self !== undefined) fit[row + self] = -1;
  });
  return { fit, isCross };
}

/** Writes the given fits (plus the mixer bonus) and marks excluded pairs with −1. */
function applyFitsAndExclusions(
  input: RotationInput,
  { participants, mentors }: Numbering,
  bonus: number,
  fit: Float64Array,
  isCross: Uint8Array,
): void {
  input.fits.forEach((entry, i) => {
    const [participant, mentor] = resolvePair(entry, `fits[${i}]`, participants, mentors);
    if (!(entry.score >= 0 && entry.score <= 1))
      throw new InvalidMatchingInputError(`fits[${i}].score`, 'must be in [0, 1]');
    const cell = participant * mentors.size + mentor;
    if (fit[cell] >= 0) fit[cell] = entry.score + (isCross[cell] === 1 ? bonus : 0);
  });
  (input.excludedPairs ?? []).forEach((ref, i) => {
    const [participant, mentor] = resolvePair(ref, `excludedPairs[${i}]`, participants, mentors);
    fit[participant * mentors.size + mentor] = -1;
  });
}

/** Validates a rotation (errors name the field) and builds dense fit matrices. */
export function prepareRotation(input: RotationInput): PreparedRotation {
  const bonus = checkShape(input);
  const participantIds = input.participants.map((participant) => participant.participantId);
  const participants = numberIds(
    participantIds,
    'participants',
    'participantId',
    ROTATION_LIMITS.maxParticipants,
  );
  const mentorIds = input.mentors.map((mentor) => mentor.mentorId);
  const mentors = numberIds(mentorIds, 'mentors', 'mentorId', ROTATION_LIMITS.maxMentors);
  const { fit, isCross } = baseMatrices(input, { participants, mentors }, bonus);
  applyFitsAndExclusions(input, { participants, mentors }, bonus, fit, isCross);
  const mentorCount = mentors.size;
  const capacity = new Int32Array(mentorCount);
  input.mentors.forEach((mentor) => (capacity[mentors.get(mentor.mentorId) ?? 0] = mentor.capacityPerRound));
  if (capacity.every((seats) => seats === 0) || fit.every((value) => value < 0)) {
    throw new NoFeasiblePairsError('mentors', 'no participant can meet any mentor');
  }
  const rounds = input.rounds;
  return {
    participantIds: [...participants.keys()],
    mentorIds: [...mentors.keys()],
    capacity,
    rounds,
    fit,
    isCross,
    maxFit: 1 + bonus,
  };
}

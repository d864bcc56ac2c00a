import { InvalidMatchingInputError } from '../../matching.errors';
import type { CohortPairRef } from './cohort-assignment-input';

export interface NumberedRef {
  readonly mentee: number;
  readonly mentor: number;
}

/** Resolves pin or forbid references to numbers; throws naming `<field>[i].menteeId|mentorId`. */
export function numberRefs(
  refs: readonly CohortPairRef[],
  field: string,
  menteeNumber: ReadonlyMap<string, number>,
  mentorNumber: ReadonlyMap<string, number>,
): NumberedRef[] {
  return refs.map((ref, i) => {
    const mentee = menteeNumber.get(ref.menteeId);
    if (mentee === undefined)
      throw new InvalidMatchingInputError(`${field}[${i}].menteeId`, 'is not a mentee of this run');
    const mentor = mentorNumber.get(ref.mentorId);
    if (mentor === undefined)
      throw new InvalidMatchingInputError(`${field}[${i}].mentorId`, 'is not a mentor of this run');
    return { mentee, mentor };
  });
}

/** Numbers ids in sorted order; throws naming `<field>[i].<idKey>` on an empty or duplicate id. */
export function numberIds<T>(
  items: readonly T[],
  field: string,
  idKey: string,
  idOf: (item: T) => string,
): Map<string, number> {
  items.forEach((item, i) => {
    if (!idOf(item)) throw new InvalidMatchingInputError(`${field}[${i}].${idKey}`, 'is required');
  });
  const sorted = items.map(idOf).sort();
  const numbers = new Map<string, number>();
  sorted.forEach((id, number) => numbers.set(id, number));
  if (numbers.size !== items.length) {
    const index = items.findIndex((item, i) => items.findIndex((other) => idOf(other) === idOf(item)) !== i);
    throw new InvalidMatchingInputError(`${field}[${index}].${idKey}`, 'is duplicated');
  }
  return numbers;
}

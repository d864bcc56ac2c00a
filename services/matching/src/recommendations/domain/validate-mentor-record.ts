import { InvalidMatchingInputError } from '../../matching.errors';
import type { MentorRecord } from './mentor-record';

/** An availability summary covers weeks, not years; bounds keep the hour index small. */
const MAX_FREE_SLOTS = 500;
const MAX_FREE_SLOT_MS = 31 * 86_400_000;

const isCount = (value: number): boolean => Number.isInteger(value) && value >= 0;

function fail(record: MentorRecord, path: string, reason: string): never {
  throw new InvalidMatchingInputError(`mentors[${record.mentorId}].${path}`, reason);
}

function checkNumbers(record: MentorRecord): void {
  const { capacity, load } = record;
  if (!isCount(capacity.maxSessionsPerWeek))
    fail(record, 'capacity.maxSessionsPerWeek', 'must be an integer ≥ 0');
  if (!isCount(capacity.maxOpenMentees)) fail(record, 'capacity.maxOpenMentees', 'must be an integer ≥ 0');
  if (!isCount(load.sessionsThisWeek)) fail(record, 'load.sessionsThisWeek', 'must be an integer ≥ 0');
  if (!isCount(load.openMentees)) fail(record, 'load.openMentees', 'must be an integer ≥ 0');
  const offset = record.utcOffsetMinutes;
  if (!Number.isInteger(offset) || Math.abs(offset) > 14 * 60)
    fail(record, 'utcOffsetMinutes', 'must be within ±14 h');
  const quality = record.qualityScore;
  if (quality !== null && !(quality >= 0 && quality <= 1))
    fail(record, 'qualityScore', 'must be in [0, 1] or null');
}

function checkLists(record: MentorRecord): void {
  record.skills.forEach((skill, i) => {
    if (!Number.isInteger(skill.level) || skill.level < 1 || skill.level > 5) {
      fail(record, `skills[${i}].level`, 'must be an integer in [1, 5]');
    }
  });
  record.sessionLengths.forEach((length, i) => {
    if (!(length > 0)) fail(record, `sessionLengths[${i}]`, 'must be positive');
  });
  if (record.freeSlots.length > MAX_FREE_SLOTS)
    fail(record, 'freeSlots', `at most ${MAX_FREE_SLOTS} intervals`);
  record.freeSlots.forEach((slot, i) => {
    if (!(Number.isFinite(slot.start) && Number.isFinite(slot.end) && slot.end > slot.start)) {
      fail(record, `freeSlots[${i}]`, 'must be a non-empty interval');
    }
    if (slot.end - slot.start > MAX_FREE_SLOT_MS)
      fail(record, `freeSlots[${i}]`, 'must not span more than 31 days');
  });
}

/** Rejects a malformed mentor record before it reaches an index (field named per mentor id). */
export function validateMentorRecord(record: MentorRecord): void {
  if (!record.mentorId) throw new InvalidMatchingInputError('mentors[].mentorId', 'is required');
  checkNumbers(record);
  checkLists(record);
}

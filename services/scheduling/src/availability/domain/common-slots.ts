import { InvalidInputError } from '../../scheduling.errors';
import { Participant, Slot, TimeWindow } from './availability.types';
import { freeIntervals } from './free-intervals';
import { Interval, intersectIntervals } from './interval';
import { formatInstant } from './iso-instant';
import { integerIn } from './normalize-rules';
import { NormalizedPerson, normalizePerson } from './normalize-person';
import { slotStarts } from './slot-starts';
import { checkedLength, checkedWindow } from './slot-query';
import { normalizeTimeZone } from './time-zone';
import { ZoneOffsets } from './zone-offsets';

const MINUTE_MS = 60_000;

export interface CommonSlotsOptions {
  /** Step between slot starts; default: the coarsest granularity among the participants. */
  readonly granularityMinutes?: number;
  /** Local clock the starts are aligned to; default: the first participant's zone (the organizer). */
  readonly alignTimeZone?: string;
}

/**
 * Slots of `length` minutes that every participant can take: each participant's free time
 * (own rules, notice, horizon, caps, sessions and busy blocks with own buffers) is computed
 * separately and the sorted lists are intersected. The length must be offered by every
 * participant who restricts lengths. Errors about one participant's data are prefixed with
 * `participants[i].` (e.g. `participants[2].timeZone`).
 */
export function commonSlots(
  participants: readonly Participant[],
  length: number,
  window: TimeWindow,
  now: Date,
  options: CommonSlotsOptions = {},
): Slot[] {
  checkParticipants(participants);
  const people = participants.map((p, i) => normalizePerson(p, `participants[${i}].`));
  people.forEach((p, i) =>
    checkedLength(length, p.rules.sessionLengths, ` by ${participants[i].participantId}`),
  );
  const lengthMs = length * MINUTE_MS;
  const common = commonFreeTime(people, checkedWindow(window), now.getTime());
  const granularity =
    options.granularityMinutes ?? Math.max(...people.map((p) => p.rules.granularityMinutes));
  integerIn(granularity, 1, 1440, 'granularityMinutes');
  const zone = options.alignTimeZone ? normalizeTimeZone(options.alignTimeZone, 'alignTimeZone') : null;
  const offsets = zone === null ? people[0].rules.offsets : new ZoneOffsets(zone);
  return slotStarts(common, lengthMs, granularity, offsets).map((start) => ({
    start: formatInstant(start),
    end: formatInstant(start + lengthMs),
  }));
}

/** Intersection of everyone's free intervals; stops early once nothing is left. */
function commonFreeTime(people: readonly NormalizedPerson[], range: Interval, nowMs: number): Interval[] {
  let common: Interval[] = freeIntervals(people[0], range.start, range.end, nowMs);
  for (const person of people.slice(1)) {
    if (common.length === 0) break;
    common = intersectIntervals(common, freeIntervals(person, range.start, range.end, nowMs));
  }
  return common;
}

function checkParticipants(participants: readonly Participant[]): void {
  if (participants.length === 0) throw new InvalidInputError('participants', 'at least one participant');
  const ids = new Set(participants.map((p) => p.participantId));
  if (ids.size !== participants.length) throw new InvalidInputError('participants', 'duplicate participant');
}

import { formatInstant, IsoInstant, parseInstant } from '../../availability/domain';
import { InvalidInputError } from '../../scheduling.errors';

/** A session's time with the buffers one participant keeps around it. */
export interface BufferedSpan {
  readonly start: IsoInstant;
  readonly end: IsoInstant;
  readonly bufferBeforeMinutes: number;
  readonly bufferAfterMinutes: number;
}

/**
 * Half-open [start − bufferBefore, end + bufferAfter): what the per-participant exclusion
 * constraint stores. Two sessions of one person conflict exactly when these ranges overlap,
 * which is also the rule the slot search applies.
 */
export interface BlockedRange {
  readonly start: IsoInstant;
  readonly end: IsoInstant;
  /** PostgreSQL literal, e.g. `[2026-03-24T12:50:00.000Z,2026-03-24T13:35:00.000Z)`. */
  readonly tstzrange: string;
}

export interface ParticipantBuffers {
  readonly employeeId: string;
  readonly bufferBeforeMinutes: number;
  readonly bufferAfterMinutes: number;
}

export interface ParticipantBlockedRange {
  readonly employeeId: string;
  readonly range: BlockedRange;
}

const MINUTE_MS = 60_000;

/** The blocked range of one participant for one session. */
export function blockedRange(span: BufferedSpan): BlockedRange {
  const start =
    parseInstant(span.start, 'start') - checkedBuffer(span.bufferBeforeMinutes, 'bufferBeforeMinutes');
  const end = parseInstant(span.end, 'end') + checkedBuffer(span.bufferAfterMinutes, 'bufferAfterMinutes');
  if (end <= start) throw new InvalidInputError('end', 'must be after start');
  const range = { start: formatInstant(start), end: formatInstant(end) };
  return { ...range, tstzrange: `[${range.start},${range.end})` };
}

/** One blocked range per participant, each with that participant's own buffers. */
export function participantBlockedRanges(
  session: { readonly start: IsoInstant; readonly end: IsoInstant },
  participants: readonly ParticipantBuffers[],
): ParticipantBlockedRange[] {
  return participants.map((p) => ({
    employeeId: p.employeeId,
    range: blockedRange({ ...session, ...pickBuffers(p) }),
  }));
}

function pickBuffers(
  p: ParticipantBuffers,
): Pick<BufferedSpan, 'bufferBeforeMinutes' | 'bufferAfterMinutes'> {
  return { bufferBeforeMinutes: p.bufferBeforeMinutes, bufferAfterMinutes: p.bufferAfterMinutes };
}

function checkedBuffer(minutes: number, field: string): number {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
    throw new InvalidInputError(field, 'expected whole minutes between 0 and 1440');
  }
  return minutes * MINUTE_MS;
}

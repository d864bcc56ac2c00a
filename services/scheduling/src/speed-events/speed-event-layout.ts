import { DateTime } from 'luxon';
import { ValidationError } from '@mentormesh/graphql';
import type { RotationPlan } from '@mentormesh/contracts';
import { canonicalTimeZone } from '../availability/domain';
import { SessionFormat } from '../sessions/dto/session-format.enum';
import { CreateSpeedEventInput } from './dto/create-speed-event.input';
import { layOutRounds, Pairing, Roster, RoundTiming } from './domain';

export interface CheckedEvent {
  readonly timeZone: string;
  readonly startsAt: Date;
  readonly format: 'VIDEO_CALL' | 'IN_PERSON';
  readonly roster: Roster;
  readonly timing: RoundTiming;
  readonly pairings: readonly Pairing[];
  readonly roundCount: number;
}

/** Checks the event input against its rotation plan and lays the rounds out; errors name the field. */
export function checkAndLayOut(input: CreateSpeedEventInput, plan: RotationPlan, now: Date): CheckedEvent {
  const timeZone = canonicalTimeZone(input.timeZone);
  if (!timeZone) throw new ValidationError('timeZone', `unknown time zone "${input.timeZone}"`);
  const start = DateTime.fromISO(`${input.date}T${input.startTime}`, { zone: timeZone });
  if (!start.isValid) throw new ValidationError('date', 'not a calendar date');
  if (start.toMillis() <= now.getTime())
    throw new ValidationError('date', 'the event must start in the future');
  if (input.format !== SessionFormat.VIDEO_CALL && input.format !== SessionFormat.IN_PERSON) {
    throw new ValidationError('format', 'speed events are VIDEO_CALL or IN_PERSON');
  }
  const rooms = input.rooms ?? [];
  if (input.format === SessionFormat.IN_PERSON) {
    if (!input.location && rooms.length === 0)
      throw new ValidationError('location', 'required for IN_PERSON');
    if (rooms.length > 0 && rooms.length < plan.mentorIds.length) {
      throw new ValidationError('rooms', `one per mentor: ${plan.mentorIds.length} needed`);
    }
  }
  if (input.registrationCap !== undefined && input.registrationCap < plan.participantIds.length) {
    throw new ValidationError(
      'registrationCap',
      `the plan already has ${plan.participantIds.length} participants`,
    );
  }
  const roster = { mentorIds: plan.mentorIds, participantIds: plan.participantIds, rooms };
  const timing = {
    startsAt: start.toMillis(),
    roundMinutes: input.roundMinutes,
    breakMinutes: input.breakMinutes,
  };
  return {
    timeZone,
    startsAt: start.toJSDate(),
    format: input.format,
    roster,
    timing,
    pairings: layOutRounds(plan.rounds, timing, roster),
    roundCount: plan.rounds.length,
  };
}

import { SessionFormat } from '../sessions/dto/session-format.enum';
import { SpeedEventPairingModel } from './dto/speed-event-pairing.model';
import { SpeedEventModel } from './dto/speed-event.model';
import { StoredPairing } from './speed-event.record';
import type { SpeedEventView } from './speed-event.service';

export function toPairingModel(p: StoredPairing): SpeedEventPairingModel {
  return {
    round: p.round,
    mentorId: p.mentorId,
    participantIds: [...p.participantIds],
    startsAt: new Date(p.start),
    endsAt: new Date(p.end),
    room: p.room,
    sessionId: p.sessionId,
  };
}

export function toSpeedEventModel({ event, pairings }: SpeedEventView): SpeedEventModel {
  return {
    id: event.id,
    name: event.name,
    startsAt: event.startsAt,
    timeZone: event.timeZone,
    roundMinutes: event.roundMinutes,
    breakMinutes: event.breakMinutes,
    roundCount: event.roundCount,
    format: event.format as SessionFormat,
    location: event.location,
    rotationPlanId: event.rotationPlanId,
    registrationCap: event.registrationCap,
    mentorIds: [...event.mentorIds],
    participantIds: [...event.participantIds],
    pairings: pairings.map(toPairingModel),
  };
}

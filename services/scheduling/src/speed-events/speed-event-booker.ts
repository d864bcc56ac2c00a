import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { SessionBookingService } from '../sessions/session-booking.service';
import { SessionFormat } from '../sessions/dto/session-format.enum';
import { Pairing } from './domain';
import { SpeedEventRecord, StoredPairing } from './speed-event.record';
import { SpeedEventRepository } from './speed-event.repository';

/**
 * Books pairings as sessions through scheduling's booking service (the exclusion constraint applies: a
 * participant's other session makes the whole change fail) and records them, in the caller's transaction.
 */
@Injectable()
export class SpeedEventBooker {
  constructor(
    private readonly booking: SessionBookingService,
    private readonly events: SpeedEventRepository,
  ) {}

  async book(
    m: EntityManager,
    event: SpeedEventRecord,
    pairings: readonly Pairing[],
    now: Date,
  ): Promise<StoredPairing[]> {
    const stored: StoredPairing[] = [];
    for (const pairing of pairings) {
      const [session] = await this.booking.bookWithin(
        m,
        {
          tenantId: event.tenantId,
          organizerId: event.createdBy,
          participants: [
            { employeeId: pairing.mentorId, role: 'mentor' },
            ...pairing.participantIds.map((employeeId) => ({ employeeId, role: 'mentee' as const })),
          ],
          startsAt: new Date(pairing.start),
          lengthMinutes: event.roundMinutes,
          format: event.format as SessionFormat,
          timeZone: event.timeZone,
          agenda: `${event.name}: round ${pairing.round}`,
          location: placeOf(event, pairing),
          speedEventId: event.id,
          skipAvailabilityCheck: true, // the organizer set the rounds; mentors signed up for them
        },
        now,
      );
      const record = { ...pairing, id: randomUUID(), sessionId: session.session.id };
      await this.events.insertPairing(m, event.tenantId, event.id, record);
      stored.push(record);
    }
    return stored;
  }
}

function placeOf(event: SpeedEventRecord, pairing: Pairing): string | null {
  if (event.format !== 'IN_PERSON') return null;
  return [event.location, pairing.room].filter(Boolean).join(', ') || null;
}

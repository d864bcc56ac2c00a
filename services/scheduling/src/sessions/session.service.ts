import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { Connection, decodeCursor, toConnection } from '@mentormesh/graphql';
import { BookableMatchRepository } from '../matches/bookable-match.repository';
import { ParticipantRepository } from '../participants/participant.repository';
import { BookSessionInput } from './dto/book-session.input';
import { withEdgeErrors } from './scheduling-error.translation';
import { SessionBookingService } from './session-booking.service';
import { DirectBookingDisabledError, InvalidBookingInputError } from './session.errors';
import { SessionParticipantRecord, SessionRecord } from './session.record';
import { SessionListFilter, SessionRepository } from './session.repository';
import { isSessionVisibleTo, planMatchParticipants, planParticipants } from './session.rules';
import { SchedulingSettingsRepository } from './settings/scheduling-settings.repository';

@Injectable()
export class SessionService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly participants: ParticipantRepository,
    private readonly sessions: SessionRepository,
    private readonly matches: BookableMatchRepository,
    private readonly settings: SchedulingSettingsRepository,
    private readonly booking: SessionBookingService,
  ) {}

  /**
   * Books for the caller: for an accepted match they belong to, or directly when the tenant allows it.
   * Returns the session (the first one of a series).
   */
  book(principal: AuthPrincipal, input: BookSessionInput, now = new Date()): Promise<SessionRecord> {
    const { tenantId, employeeId } = principal;
    return withEdgeErrors(() =>
      this.transactions.run(tenantId, async (manager) => {
        const people = await this.whoTakesPart(manager, principal, input, now);
        const [organizer] = await this.participants.findMany(manager, tenantId, [employeeId]);
        const [first] = await this.booking.bookWithin(
          manager,
          {
            tenantId,
            organizerId: employeeId,
            participants: people,
            startsAt: input.startsAt,
            lengthMinutes: input.lengthMinutes,
            format: input.format,
            timeZone: organizer?.timeZone ?? 'UTC',
            agenda: input.agenda,
            location: input.location,
            threadUrl: input.threadUrl,
            matchId: input.matchId ?? null,
            recurrence: input.recurrence,
            status: input.asRequest ? 'requested' : 'confirmed',
          },
          now,
        );
        return first;
      }),
    );
  }

  private async whoTakesPart(
    manager: EntityManager,
    principal: AuthPrincipal,
    input: BookSessionInput,
    now: Date,
  ): Promise<SessionParticipantRecord[]> {
    const { tenantId, employeeId } = principal;
    if (input.matchId) {
      if (input.participantIds || input.menteeIds) {
        throw new InvalidBookingInputError('participantIds', 'must be omitted when booking for a match');
      }
      const match = await this.matches.find(manager, tenantId, input.matchId);
      const ids = match ? [match.menteeId, match.mentorId] : [];
      const known = await this.participants.findMany(manager, tenantId, ids);
      return planMatchParticipants(match, employeeId, known, input.startsAt, now);
    }
    if (!input.participantIds) {
      throw new InvalidBookingInputError('participantIds', 'name the participants, or book for a matchId');
    }
    if (!(await this.settings.find(manager, tenantId)).directBookingAllowed) {
      throw new DirectBookingDisabledError();
    }
    const known = await this.participants.findMany(manager, tenantId, input.participantIds);
    return planParticipants(
      {
        callerId: employeeId,
        participantIds: input.participantIds,
        menteeIds: input.menteeIds,
        startsAt: input.startsAt,
      },
      known,
      now,
    );
  }

  /** The session if the caller may see it; another tenant's id, or someone else's session, is null. */
  async findVisible(principal: AuthPrincipal, id: string): Promise<SessionRecord | null> {
    const record = await this.transactions.run(principal.tenantId, (m) =>
      this.sessions.findById(m, principal.tenantId, id),
    );
    return record && isSessionVisibleTo(record, principal) ? record : null;
  }

  /** The caller's sessions, earliest first, optionally filtered by status and time window. */
  async listMine(
    principal: AuthPrincipal,
    first: number,
    after?: string,
    filter: SessionListFilter = {},
  ): Promise<Connection<SessionRecord>> {
    const { tenantId, employeeId } = principal;
    const cursor = after ? decodeCursor(after) : undefined;
    const key = cursor ? { startsAt: String(cursor[0]), id: String(cursor[1]) } : undefined;
    const rows = await this.transactions.run(tenantId, (m) =>
      this.sessions.pageForEmployee(m, tenantId, employeeId, first + 1, key, filter),
    );
    return toConnection(rows, first, (r) => [r.session.startsAt.toISOString(), r.session.id]);
  }
}

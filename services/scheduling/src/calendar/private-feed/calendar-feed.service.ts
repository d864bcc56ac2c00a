import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthPrincipal } from '@mentormesh/auth';
import { APP_CONFIG } from '@mentormesh/config';
import { TenantTransactions } from '@mentormesh/database';
import { NotFoundError } from '@mentormesh/graphql';
import { SchedulingConfig } from '../../config';
import { SessionRecord } from '../../sessions/session.record';
import { SessionRepository } from '../../sessions/session.repository';
import { buildPersonalCalendarFeed, buildSessionInvite } from '../domain';
import { CalendarContactRepository } from './calendar-contact.repository';
import { toCalendarSession } from './calendar-session.mapper';
import { FeedTokenRepository } from './feed-token.repository';
import { hashSecret, newFeedToken, parseFeedToken } from './feed-token';

const FEED_PAGE = 500;

/** ICS for sessions: each participant's invite, and every employee's private, revocable calendar feed. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly tokens: FeedTokenRepository,
    private readonly contacts: CalendarContactRepository,
    private readonly sessions: SessionRepository,
    @Inject(APP_CONFIG) private readonly config: SchedulingConfig,
  ) {}

  /** A new feed URL for the caller; the previous one stops working. Shown once: only its hash is kept. */
  async rotate(principal: AuthPrincipal): Promise<string> {
    const { token, hash } = newFeedToken(principal.tenantId);
    await this.transactions.run(principal.tenantId, (m) =>
      this.tokens.replace(m, principal.tenantId, principal.employeeId, hash),
    );
    return `${this.config.CALENDAR_FEED_BASE_URL.replace(/\/+$/, '')}/calendar/${token}.ics`;
  }

  revoke(principal: AuthPrincipal): Promise<boolean> {
    return this.transactions.run(principal.tenantId, (m) =>
      this.tokens.revoke(m, principal.tenantId, principal.employeeId),
    );
  }

  /** The feed behind a token; unknown, revoked and malformed tokens all answer NOT_FOUND. */
  async feed(token: string, now = new Date()): Promise<string> {
    const parsed = parseFeedToken(token);
    if (!parsed) throw new NotFoundError('calendar feed', 'token');
    const { tenantId } = parsed;
    return this.transactions.run(tenantId, async (m) => {
      const employeeId = await this.tokens.employeeFor(m, tenantId, hashSecret(parsed.secret));
      if (!employeeId) throw new NotFoundError('calendar feed', 'token');
      const records = await this.sessions.pageForEmployee(m, tenantId, employeeId, FEED_PAGE);
      const sessions = await this.calendarSessions(m, tenantId, records);
      const owner = (await this.contacts.findMany(m, tenantId, [employeeId])).get(employeeId);
      return buildPersonalCalendarFeed(
        { calendarName: `MentorMesh${owner ? ` – ${owner.displayName}` : ''}`, sessions },
        { uidDomain: this.config.CALENDAR_UID_DOMAIN, now },
      );
    });
  }

  /** The invite participants get for the session as it stands: REQUEST, or CANCEL once cancelled. */
  async invite(tenantId: string, record: SessionRecord, now = new Date()): Promise<string> {
    const [session] = await this.transactions.run(tenantId, (m) =>
      this.calendarSessions(m, tenantId, [record]),
    );
    const method = record.session.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
    return buildSessionInvite(session, method, { uidDomain: this.config.CALENDAR_UID_DOMAIN, now });
  }

  private async calendarSessions(m: EntityManager, tenantId: string, records: readonly SessionRecord[]) {
    const ids = [
      ...new Set(
        records.flatMap((r) => [...r.participants.map((p) => p.employeeId), r.session.createdBy ?? '']),
      ),
    ];
    const contacts = await this.contacts.findMany(m, tenantId, ids.filter(Boolean));
    return records.map((r) => toCalendarSession(r, contacts, this.config.CALENDAR_UID_DOMAIN));
  }
}

import { Args, ID, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Role, Roles } from '@mentormesh/auth';
import { Connection, PageInput, connectionOf } from '@mentormesh/graphql';
import { BookSessionInput } from './dto/book-session.input';
import { SessionFilterInput } from './dto/session-filter.input';
import { CancelSessionInput, MarkNoShowInput, RescheduleSessionInput } from './dto/session-lifecycle.inputs';
import { SessionLifecycleService } from './session-lifecycle.service';
import { SessionModel } from './session.model';
import { SessionService } from './session.service';
import { toSessionModel } from './session.view';

const SessionConnection = connectionOf(SessionModel, 'Session');

/** People who book and take part in sessions (integration clients do not). */
const PEOPLE: Role[] = ['EMPLOYEE', 'MENTOR', 'LD_MANAGER', 'ORG_ADMIN'];

@Resolver(() => SessionModel)
export class SessionResolver {
  constructor(
    private readonly service: SessionService,
    private readonly lifecycle: SessionLifecycleService,
  ) {}

  @Query(() => SessionModel, {
    nullable: true,
    description: 'A session you take part in (admins: any of the organization)',
  })
  async session(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SessionModel | null> {
    const record = await this.service.findVisible(principal, id);
    return record && toSessionModel(record);
  }

  @Query(() => SessionConnection, { description: 'Your sessions, earliest first' })
  async mySessions(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('page', { nullable: true }) page?: PageInput,
    @Args('filter', { nullable: true }) filter?: SessionFilterInput,
  ): Promise<Connection<SessionModel>> {
    const connection = await this.service.listMine(principal, page?.first ?? 20, page?.after, filter);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toSessionModel(e.node) })),
    };
  }

  @Roles(...PEOPLE)
  @Mutation(() => SessionModel, {
    description:
      'Books a 5-60 minute session (the first of a series) for an accepted match or directly; never double-books',
  })
  async bookSession(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: BookSessionInput,
  ): Promise<SessionModel> {
    return toSessionModel(await this.service.book(principal, input));
  }

  @Roles(...PEOPLE)
  @Mutation(() => SessionModel, {
    description: 'An invited participant (or an admin) confirms a requested session',
  })
  async confirmSession(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ): Promise<SessionModel> {
    return toSessionModel(await this.lifecycle.confirm(principal, sessionId));
  }

  @Roles(...PEOPLE)
  @Mutation(() => SessionModel, { description: 'Moves a session; the new time must be free for everyone' })
  async rescheduleSession(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: RescheduleSessionInput,
  ): Promise<SessionModel> {
    return toSessionModel(
      await this.lifecycle.reschedule(principal, input.sessionId, input.startsAt, input.lengthMinutes),
    );
  }

  @Roles(...PEOPLE)
  @Mutation(() => SessionModel, { description: "Cancels a session under the organization's policy" })
  async cancelSession(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: CancelSessionInput,
  ): Promise<SessionModel> {
    return toSessionModel(await this.lifecycle.cancel(principal, input.sessionId, input.reason));
  }

  @Roles(...PEOPLE)
  @Mutation(() => SessionModel, { description: 'A participant confirms the session took place' })
  async completeSession(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ): Promise<SessionModel> {
    return toSessionModel(await this.lifecycle.complete(principal, sessionId));
  }

  @Roles(...PEOPLE)
  @Mutation(() => SessionModel, { description: 'A participant reports who did not show up' })
  async markSessionNoShow(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: MarkNoShowInput,
  ): Promise<SessionModel> {
    return toSessionModel(
      await this.lifecycle.markNoShow(principal, input.sessionId, input.absentEmployeeIds),
    );
  }

  /** Federation entry point: a session the caller may not see resolves to null, never to data. */
  @ResolveReference()
  async resolveReference(
    @Parent() reference: { id: string },
    @CurrentPrincipal() principal: AuthPrincipal,
  ): Promise<SessionModel | null> {
    const record = await this.service.findVisible(principal, reference.id);
    return record && toSessionModel(record);
  }
}

import { Args, ID, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal } from '@mentormesh/auth';
import { Connection, PageInput, connectionOf } from '@mentormesh/graphql';
import { BookSessionInput } from './dto/book-session.input';
import { SessionModel } from './session.model';
import { SessionService } from './session.service';
import { toSessionModel } from './session.view';

const SessionConnection = connectionOf(SessionModel, 'Session');

@Resolver(() => SessionModel)
export class SessionResolver {
  constructor(private readonly service: SessionService) {}

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
  ): Promise<Connection<SessionModel>> {
    const connection = await this.service.listMine(principal, page?.first ?? 20, page?.after);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toSessionModel(e.node) })),
    };
  }

  @Mutation(() => SessionModel, {
    description: 'Books a 5-60 minute session with colleagues; you are the mentee',
  })
  async bookSession(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: BookSessionInput,
  ): Promise<SessionModel> {
    return toSessionModel(await this.service.book(principal, input));
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

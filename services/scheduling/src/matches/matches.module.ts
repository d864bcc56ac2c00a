import { Module } from '@nestjs/common';
import { Topics } from '@mentormesh/contracts';
import { consumerHostProvider } from '@mentormesh/messaging';
import { BookableMatchRepository } from './bookable-match.repository';
import { MatchEventsHandler } from './match-events.handler';

@Module({
  providers: [
    BookableMatchRepository,
    MatchEventsHandler,
    consumerHostProvider({
      inject: [MatchEventsHandler],
      consumers: (matches: MatchEventsHandler) => [
        { name: 'scheduling.matches', topics: [Topics.match], handlers: matches.handlers() },
      ],
    }),
  ],
  exports: [BookableMatchRepository],
})
export class MatchesModule {}

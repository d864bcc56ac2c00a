import { Module } from '@nestjs/common';
import { BusyCache } from './busy-cache';
import { CalendarFeedRepository } from './calendar-feed.repository';

/** Storage of calendar feeds: subscriptions in PostgreSQL, busy blocks in Redis. */
@Module({ providers: [BusyCache, CalendarFeedRepository], exports: [BusyCache, CalendarFeedRepository] })
export class FeedStoreModule {}

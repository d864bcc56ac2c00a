import { Module } from '@nestjs/common';
import { Topics } from '@mentormesh/contracts';
import { consumerHostProvider } from '@mentormesh/messaging';
import { AvailabilityModule } from '../availability/availability.module';
import { AvailabilitySummaryPublisher } from './availability-summary.publisher';
import { SessionChangesHandler } from './session-changes.handler';
import { SummaryRepository } from './summary.repository';

/** Availability summaries for matching: recomputed after changes and periodically, published when changed. */
@Module({
  imports: [AvailabilityModule],
  providers: [
    SummaryRepository,
    AvailabilitySummaryPublisher,
    SessionChangesHandler,
    consumerHostProvider({
      inject: [SessionChangesHandler],
      consumers: (sessions: SessionChangesHandler) => [
        {
          name: 'scheduling.availability-summaries',
          topics: [Topics.session],
          handlers: sessions.handlers(),
        },
      ],
    }),
  ],
})
export class SummariesModule {}

import { Module } from '@nestjs/common';
import { FeedStoreModule } from '../calendar/feed/feed-store.module';
import { ParticipantsModule } from '../participants/participants.module';
import { AvailabilityChangesRepository } from './availability-changes.repository';
import { AvailabilityLoader } from './availability-loader';
import { AvailabilityRepository } from './availability.repository';
import { AvailabilityResolver } from './availability.resolver';
import { AvailabilityService } from './availability.service';
import { SlotsResolver } from './slots.resolver';
import { SlotsService } from './slots.service';

@Module({
  imports: [ParticipantsModule, FeedStoreModule],
  providers: [
    AvailabilityRepository,
    AvailabilityChangesRepository,
    AvailabilityLoader,
    AvailabilityService,
    AvailabilityResolver,
    SlotsService,
    SlotsResolver,
  ],
  exports: [AvailabilityChangesRepository, AvailabilityLoader, AvailabilityRepository],
})
export class AvailabilityModule {}

import { Global, Module } from '@nestjs/common';
import { PARTICIPANT_BUFFERS } from '../sessions/participant-buffers';
import { AvailabilityBuffers } from './availability-buffers';
import { AvailabilityRepository } from './availability.repository';

/** Provides booking's PARTICIPANT_BUFFERS globally, so sessions store each participant's buffers. */
@Global()
@Module({
  providers: [AvailabilityRepository, { provide: PARTICIPANT_BUFFERS, useClass: AvailabilityBuffers }],
  exports: [PARTICIPANT_BUFFERS],
})
export class AvailabilityBuffersModule {}

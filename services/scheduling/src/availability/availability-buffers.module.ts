import { Global, Module } from '@nestjs/common';
import { BOOKING_AVAILABILITY_CHECK } from '../sessions/booking-availability-check';
import { PARTICIPANT_BUFFERS } from '../sessions/participant-buffers';
import { AvailabilityBookingCheck } from './availability-booking-check';
import { AvailabilityBuffers } from './availability-buffers';
import { AvailabilityModule } from './availability.module';

/**
 * Provides booking's PARTICIPANT_BUFFERS (sessions store each participant's buffers) and
 * BOOKING_AVAILABILITY_CHECK (mentors' rules checked inside the booking transaction) globally.
 */
@Global()
@Module({
  imports: [AvailabilityModule],
  providers: [
    { provide: PARTICIPANT_BUFFERS, useClass: AvailabilityBuffers },
    { provide: BOOKING_AVAILABILITY_CHECK, useClass: AvailabilityBookingCheck },
  ],
  exports: [PARTICIPANT_BUFFERS, BOOKING_AVAILABILITY_CHECK],
})
export class AvailabilityBuffersModule {}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ParticipantBuffers } from '../sessions/domain';
import type { ParticipantBufferSource } from '../sessions/participant-buffers';
import { AvailabilityRepository } from './availability.repository';

/** Tells booking each participant's buffers from their availability settings (none saved: no buffers). */
@Injectable()
export class AvailabilityBuffers implements ParticipantBufferSource {
  constructor(private readonly availability: AvailabilityRepository) {}

  buffersFor(
    m: EntityManager,
    tenantId: string,
    employeeIds: readonly string[],
  ): Promise<ParticipantBuffers[]> {
    return this.availability.buffers(m, tenantId, employeeIds);
  }
}

import { Injectable } from '@nestjs/common';
import { EventHandler } from '@mentormesh/messaging';
import { ProgramErasureRepository } from './program-erasure.repository';

/** Consumes identity's `employee.erased` for programs (its own consumer group, inbox-deduplicated). */
@Injectable()
export class ProgramErasureHandler {
  constructor(private readonly erasure: ProgramErasureRepository) {}

  handlers(): Record<string, EventHandler> {
    return {
      'employee.erased': (event, manager) =>
        this.erasure.eraseEmployee(manager, event.tenantId, event.aggregateId),
    };
  }
}

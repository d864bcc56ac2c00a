import { Injectable } from '@nestjs/common';
import { EmployeeSnapshot } from '@mentormesh/contracts';
import { EventHandler } from '@mentormesh/messaging';
import { CalendarContactRepository } from './calendar-contact.repository';

/** Keeps invite addresses in step with identity; erasure forgets them. */
@Injectable()
export class EmployeeContactsHandler {
  constructor(private readonly contacts: CalendarContactRepository) {}

  handlers(): Record<string, EventHandler> {
    return {
      'employee.upserted': (event, manager) => {
        const e = event.payload as unknown as EmployeeSnapshot;
        return this.contacts.apply(manager, event.tenantId, event.aggregateVersion, {
          employeeId: e.id,
          email: e.email,
          displayName: e.displayName,
        });
      },
      'employee.erased': (event, manager) => this.contacts.erase(manager, event.tenantId, event.aggregateId),
    };
  }
}

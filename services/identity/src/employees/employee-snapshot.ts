import { EmployeeSnapshot } from '@mentormesh/contracts';
import { EmployeeEntity } from './employee.entity';

/** What other services learn about an employee: identity's event-carried state. */
export function toEmployeeSnapshot(employee: EmployeeEntity): EmployeeSnapshot {
  return {
    id: employee.id,
    externalId: employee.externalId,
    email: employee.email,
    displayName: employee.displayName,
    title: employee.title,
    department: employee.department,
    managerId: employee.managerId,
    timeZone: employee.timeZone,
    locale: employee.locale,
    languages: employee.languages,
    status: employee.status === 'ACTIVE' ? 'ACTIVE' : 'INACTIVE',
    roles: employee.roles,
    skills: [],
  };
}

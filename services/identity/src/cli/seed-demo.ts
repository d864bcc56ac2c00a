import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@mentormesh/config';
import { DatabaseLifecycle } from '@mentormesh/database';
import { createLogger } from '@mentormesh/observability';
import { AppModule } from '../app.module';
import { identityConfigShape } from '../config';
import { EmailTakenError } from '../employees/employee.errors';
import { EmployeeService } from '../employees/employee.service';
import { TenantRepository } from '../tenants/tenant.repository';
import { TenantService } from '../tenants/tenant.service';
import { demoEmployees } from './demo-organization';

const SLUG = 'demo';
const ADMIN_EMAIL = 'admin@demo.mentormesh.dev';

/**
 * Seeds the demo organization (idempotent: a second run adds nothing). Employees go through the same
 * service as the API, so their events flow through the outbox to every other service.
 */
async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 300);
  const config = loadConfigOrExit('identity', identityConfigShape);
  const log = createLogger('identity-seed', config.LOG_LEVEL);
  const app = await NestFactory.createApplicationContext(
    AppModule.register({ ...config, OUTBOX_RELAY_ENABLED: false }, log),
    {
      logger: false,
    },
  );
  await app.get(DatabaseLifecycle).start();
  const tenantId =
    (await app.get(TenantRepository).idBySlug(SLUG)) ??
    (
      await app.get(TenantService).create({
        slug: SLUG,
        name: 'Demo Corp',
        defaultTimeZone: 'Europe/Berlin',
        adminEmail: ADMIN_EMAIL,
        adminName: 'Demo Admin',
      })
    ).id;
  const employees = app.get(EmployeeService);
  const managers: Record<string, string> = {};
  let created = 0;
  for (const person of demoEmployees(count)) {
    try {
      const employee = await employees.create(tenantId, {
        email: person.email,
        displayName: person.displayName,
        title: person.title,
        department: person.department,
        managerId: person.isManager ? undefined : managers[person.department],
        timeZone: person.timeZone,
        locale: 'en',
        languages: person.languages,
        roles: person.roles,
      });
      if (person.isManager) managers[person.department] = employee.id;
      created += 1;
    } catch (error) {
      if (!(error instanceof EmailTakenError)) throw error;
    }
  }
  process.stdout.write(`${JSON.stringify({ tenant: SLUG, tenantId, created, adminEmail: ADMIN_EMAIL })}\n`);
  await app.close();
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

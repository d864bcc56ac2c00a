import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@mentormesh/config';
import { DatabaseLifecycle } from '@mentormesh/database';
import { createLogger } from '@mentormesh/observability';
import { AppModule } from '../app.module';
import { identityConfigShape } from '../config';
import { EmailTakenError } from '../employees/employee.errors';
import { EmployeeService } from '../employees/employee.service';
import { EmployeeLookup } from '../employees/employee-lookup';
import { EmployeeUpdateService } from '../employees/employee-update.service';
import { SkillCatalogService } from '../skills/skill-catalog.service';
import { TenantRepository } from '../tenants/tenant.repository';
import { TenantService } from '../tenants/tenant.service';
import { demoEmployees } from './demo-organization';
import { DEMO_SKILLS, demoSkillsOf } from './demo-skills';

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
  const skillIds = await seedCatalog(app.get(SkillCatalogService), tenantId);
  const employees = app.get(EmployeeService);
  const updates = app.get(EmployeeUpdateService);
  const lookup = app.get(EmployeeLookup);
  const managers: Record<string, string> = {};
  let created = 0;
  for (const [i, person] of demoEmployees(count).entries()) {
    try {
      await employees.create(tenantId, {
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
      created += 1;
    } catch (error) {
      if (!(error instanceof EmailTakenError)) throw error;
    }
    const employee = await lookup.activeByEmail(SLUG, person.email);
    if (!employee) continue;
    if (person.isManager) managers[person.department] = employee.id;
    const levels = demoSkillsOf(i, person.department, person.isManager).map((s) => ({
      skillId: skillIds.get(s.name)!,
      level: s.level,
    }));
    await updates.setSkills(tenantId, employee.id, levels, 'HR');
  }
  process.stdout.write(`${JSON.stringify({ tenant: SLUG, tenantId, created, adminEmail: ADMIN_EMAIL })}\n`);
  await app.close();
}

/** Creates the missing demo skills, then links related skills where none are set yet. Returns name → id. */
async function seedCatalog(catalog: SkillCatalogService, tenantId: string): Promise<Map<string, string>> {
  const existing = new Map((await catalog.list(tenantId)).map((s) => [s.name, s]));
  for (const skill of DEMO_SKILLS) {
    if (existing.has(skill.name)) continue;
    const saved = await catalog.create(tenantId, {
      name: skill.name,
      aliases: [...skill.aliases],
      category: skill.category,
      related: [],
    });
    existing.set(saved.name, saved);
  }
  const ids = new Map([...existing].map(([name, s]) => [name, s.id]));
  for (const skill of DEMO_SKILLS) {
    const current = existing.get(skill.name)!;
    if (skill.related.length === 0 || current.related.length > 0) continue;
    await catalog.update(tenantId, current.id, {
      name: current.name,
      aliases: current.aliases,
      category: current.category,
      parentId: current.parentId,
      related: skill.related.map(([name, strength]) => ({ skillId: ids.get(name)!, strength })),
    });
  }
  return ids;
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

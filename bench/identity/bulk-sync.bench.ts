import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { loadConfig } from '@mentormesh/config';
import { DatabaseLifecycle, TenantTransactions, withDatabase } from '@mentormesh/database';
import { OutboxWriter } from '@mentormesh/messaging';
import { createLogger } from '@mentormesh/observability';
import { TestDatabase, createTestDatabase, testEndpoints } from '@mentormesh/testing';
import { AppModule } from '../../services/identity/src/app.module';
import { identityConfigShape } from '../../services/identity/src/config';
import { EmployeeEntity } from '../../services/identity/src/employees/employee.entity';
import { toEmployeeSnapshot } from '../../services/identity/src/employees/employee-snapshot';
import { UpsertEmployeesUseCase } from '../../services/identity/src/employees/sync/upsert-employees.usecase';
import { EmployeeSkillEntity } from '../../services/identity/src/skills/employee-skill.entity';
import { SkillCatalogService } from '../../services/identity/src/skills/skill-catalog.service';
import { TenantService } from '../../services/identity/src/tenants/tenant.service';
import { mib, print } from '../matching/bench-stats';

/**
 * Bulk HR sync: 100,000 employees with 5 skills each, streamed to upsertEmployees' use case in calls of
 * 1,000 records (no array of 100,000 is ever built), against real PostgreSQL. Compared with saving the
 * same kind of records one by one through the TypeORM entity manager (employee, its skills, its outbox
 * event; one transaction each), measured on a sample and extrapolated. Prints figures, asserts nothing.
 */
const TOTAL = Number(process.env.BENCH_EMPLOYEES ?? 100_000);
const CALL_SIZE = 1000;
const ONE_BY_ONE_SAMPLE = Number(process.env.BENCH_ONE_BY_ONE ?? 2000);
const SKILLS = Array.from({ length: 60 }, (_, i) => `Skill ${i}`);
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Europe/London', 'Asia/Tokyo'];

interface BenchRecord {
  externalId: string;
  email: string;
  givenName: string;
  familyName: string;
  employeeNumber: string;
  title: string;
  department: string;
  costCenter: string;
  managerExternalId: string | null;
  timeZone: string;
  languages: string[];
  hireDate: string;
  skills: { name: string; level: number }[];
}

function recordOf(i: number, prefix: string): BenchRecord {
  return {
    externalId: `${prefix}-${i}`,
    email: `person.${i}@${prefix}.example`,
    givenName: `Given${i}`,
    familyName: `Family${i % 997}`,
    employeeNumber: String(100000 + i),
    title: ['Engineer', 'Analyst', 'Designer', 'Manager'][i % 4],
    department: `Department ${i % 40}`,
    costCenter: `CC-${i % 120}`,
    managerExternalId: i < 100 ? null : `${prefix}-${i % 100}`,
    timeZone: ZONES[i % ZONES.length],
    languages: i % 3 === 0 ? ['en', 'de'] : ['en'],
    hireDate: `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 9}`,
    skills: Array.from({ length: 5 }, (_, k) => ({
      name: SKILLS[(i * 7 + k * 11) % SKILLS.length],
      level: 1 + ((i + k) % 5),
    })),
  };
}

function* chunks(count: number, prefix: string): Generator<BenchRecord[]> {
  for (let start = 0; start < count; start += CALL_SIZE) {
    yield Array.from({ length: Math.min(CALL_SIZE, count - start) }, (_, k) => recordOf(start + k, prefix));
  }
}

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

class MemoryPeak {
  rss = 0;
  heap = 0;
  /** Heap still in use after a full GC, every 10 calls: flat means nothing accumulates. */
  readonly retained: number[] = [];
  private readonly timer = setInterval(() => this.sample(), 50);
  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.rss = Math.max(this.rss, rss);
    this.heap = Math.max(this.heap, heapUsed);
  }
  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }
}

async function setUpTenant(app: INestApplicationContext, slug: string): Promise<string> {
  const tenant = await app.get(TenantService).create({
    slug,
    name: slug,
    defaultTimeZone: 'Europe/Berlin',
    adminEmail: `admin@${slug}.example`,
    adminName: 'Admin',
  });
  for (const name of SKILLS) {
    await app.get(SkillCatalogService).create(tenant.id, { name, aliases: [], related: [] });
  }
  return tenant.id;
}

async function bulk(app: INestApplicationContext, tenantId: string, prefix: string) {
  const useCase = app.get(UpsertEmployeesUseCase);
  const counts: Record<string, number> = {};
  const memory = new MemoryPeak();
  const start = process.hrtime.bigint();
  let calls = 0;
  for (const chunk of chunks(TOTAL, prefix)) {
    for (const result of await useCase.execute(tenantId, chunk))
      counts[result.status] = (counts[result.status] ?? 0) + 1;
    if (++calls % 10 === 0) {
      collectGarbage();
      memory.retained.push(process.memoryUsage().heapUsed);
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  memory.stop();
  return { seconds, counts, memory };
}

/** The naive way: one transaction per record, entities saved through TypeORM, one outbox event each. */
async function oneByOne(app: INestApplicationContext, tenantId: string): Promise<number> {
  const transactions = app.get(TenantTransactions);
  const outbox = app.get(OutboxWriter);
  const skillIds = new Map((await app.get(SkillCatalogService).list(tenantId)).map((s) => [s.name, s.id]));
  const start = process.hrtime.bigint();
  for (const chunk of chunks(ONE_BY_ONE_SAMPLE, 'one')) {
    for (const r of chunk) {
      await transactions.run(tenantId, async (m) => {
        const manager = r.managerExternalId
          ? await m.findOneBy(EmployeeEntity, { tenantId, externalId: r.managerExternalId })
          : null;
        const existing = await m.findOneBy(EmployeeEntity, { tenantId, externalId: r.externalId });
        const employee = m.create(EmployeeEntity, {
          ...existing,
          id: existing?.id ?? randomUUID(),
          tenantId,
          externalId: r.externalId,
          employeeNumber: r.employeeNumber,
          email: r.email,
          userName: null,
          displayName: `${r.givenName} ${r.familyName}`,
          givenName: r.givenName,
          familyName: r.familyName,
          title: r.title,
          department: r.department,
          costCenter: r.costCenter,
          managerId: manager?.id ?? null,
          location: null,
          timeZone: r.timeZone,
          locale: 'en',
          languages: r.languages,
          status: 'ACTIVE',
          roles: ['EMPLOYEE'],
          hireDate: r.hireDate,
          version: (existing?.version ?? 0) + 1,
        });
        await m.save(employee);
        await m.delete(EmployeeSkillEntity, { employeeId: employee.id });
        for (const s of r.skills) {
          await m.save(
            m.create(EmployeeSkillEntity, {
              tenantId,
              employeeId: employee.id,
              skillId: skillIds.get(s.name)!,
              level: s.level,
              source: 'HR',
            }),
          );
        }
        await outbox.append(m, {
          type: 'employee.upserted',
          tenantId,
          aggregateId: employee.id,
          aggregateVersion: employee.version,
          payload: toEmployeeSnapshot(employee),
        });
      });
    }
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main(): Promise<void> {
  process.env.MM_TEST_RUN_ID ??= `bench${Date.now().toString(36)}`;
  const database: TestDatabase = await createTestDatabase('identity');
  const config = loadConfig('identity', identityConfigShape, {
    DATABASE_URL: database.appUrl,
    DATABASE_ADMIN_URL: database.adminUrl,
    KAFKA_BROKERS: testEndpoints().kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `bench.${process.env.MM_TEST_RUN_ID}`,
    JWT_ISSUER: 'bench',
    JWT_AUDIENCE: 'bench',
    SIGNING_KEY_SECRET: 'bench-secret-bench-secret-bench-secret!',
    OUTBOX_RELAY_ENABLED: 'false',
    NODE_ENV: 'test',
  });
  const app = await NestFactory.createApplicationContext(
    AppModule.register(config, createLogger('bench', 'silent')),
    {
      logger: false,
    },
  );
  try {
    await app.get(DatabaseLifecycle).start();
    const bulkTenant = await setUpTenant(app, 'bench-bulk');
    const naiveTenant = await setUpTenant(app, 'bench-naive');

    print(
      `identity bulk sync: ${TOTAL.toLocaleString('en')} employees x 5 skills, calls of ${CALL_SIZE} records`,
    );
    const first = await bulk(app, bulkTenant, 'hr');
    print(
      `  first import:  ${first.seconds.toFixed(1)} s, ${Math.round(TOTAL / first.seconds).toLocaleString('en')} records/s, ${JSON.stringify(first.counts)}`,
    );
    const retained = first.memory.retained;
    print(`                 peak RSS ${mib(first.memory.rss)}, peak heap ${mib(first.memory.heap)}`);
    print(
      `                 heap after GC every 10 calls: first ${mib(retained[0] ?? 0)}, last ${mib(retained.at(-1) ?? 0)}, max ${mib(Math.max(0, ...retained))}`,
    );
    // The same records again, as the next nightly sync would send them. By then autovacuum has processed
    // the freshly written tables (visibility map, hint bits, statistics); this machine's PostgreSQL runs
    // with autovacuum off, so the bench does what it would have done.
    const vacuum = await maintain(database);
    print(`  vacuum analyze (autovacuum's work between two syncs): ${vacuum.toFixed(1)} s`);
    const again = await bulk(app, bulkTenant, 'hr');
    print(
      `  same again:    ${again.seconds.toFixed(1)} s, ${Math.round(TOTAL / again.seconds).toLocaleString('en')} records/s, ${JSON.stringify(again.counts)}`,
    );

    const naiveSeconds = await oneByOne(app, naiveTenant);
    const naiveRate = ONE_BY_ONE_SAMPLE / naiveSeconds;
    print(
      `  one by one through TypeORM: ${ONE_BY_ONE_SAMPLE.toLocaleString('en')} records in ${naiveSeconds.toFixed(1)} s = ${Math.round(naiveRate)} records/s`,
    );
    print(
      `                 extrapolated to ${TOTAL.toLocaleString('en')}: ${(TOTAL / naiveRate).toFixed(0)} s (measured on the sample, not run in full)`,
    );
    print(`  ratio bulk / one-by-one: ${(TOTAL / first.seconds / naiveRate).toFixed(1)}x (target >= 20x)`);
  } finally {
    await app.close();
    if (process.env.BENCH_KEEP_DB === '1') print(`  kept database ${database.database}`);
    else await dropDatabase(database);
  }
}

async function maintain(database: TestDatabase): Promise<number> {
  const client = new Client({ connectionString: withDatabase(database.adminUrl, database.database) });
  await client.connect();
  try {
    const start = process.hrtime.bigint();
    await client.query('vacuum analyze');
    return Number(process.hrtime.bigint() - start) / 1e9;
  } finally {
    await client.end();
  }
}

async function dropDatabase(database: TestDatabase): Promise<void> {
  const client = new Client({ connectionString: database.adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database.database}" with (force)`);
  } finally {
    await client.end();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { loadConfig } from '@mentormesh/config';
import { DatabaseLifecycle, withDatabase } from '@mentormesh/database';
import { createLogger } from '@mentormesh/observability';
import { TestDatabase, createTestDatabase, testEndpoints } from '@mentormesh/testing';
import { AppModule } from '../../services/scheduling/src/app.module';
import { schedulingConfigShape } from '../../services/scheduling/src/config';
import { SessionFormat } from '../../services/scheduling/src/sessions/dto/session-format.enum';
import { SessionBookingService } from '../../services/scheduling/src/sessions/session-booking.service';
import { SlotTakenError } from '../../services/scheduling/src/sessions/session.errors';
import { print, summarize } from '../matching/bench-stats';

/**
 * Booking throughput with contention, against real PostgreSQL (the exclusion constraint decides every
 * conflict): N attempts from W concurrent workers over the service's pooled connections, each a full booking
 * (session, participant ranges, reminders, outbox event in one transaction). Two instances: "spread"
 * (many mentors, many slots: mostly successes) and "hot" (few mentors, few slots: mostly conflicts).
 * Prints bookings/s, conflicts/s and per-attempt latency; asserts nothing.
 */
const ATTEMPTS = Number(process.env.BENCH_BOOKINGS ?? 2000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 32);
const MINUTE = 60_000;

interface Scenario {
  readonly name: string;
  readonly mentors: number;
  readonly menteesPerMentor: number;
  /** Distinct 30-minute slot starts per mentor (half-hour grid). */
  readonly slots: number;
}

const SCENARIOS: Scenario[] = [
  { name: 'spread (200 mentors x 96 slots)', mentors: 200, menteesPerMentor: 5, slots: 96 },
  { name: 'hot (10 mentors x 8 slots)', mentors: 10, menteesPerMentor: 5, slots: 8 },
];

async function seed(database: TestDatabase, tenantId: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const client = new Client({ connectionString: withDatabase(database.adminUrl, database.database) });
  await client.connect();
  try {
    await client.query(
      `insert into participants (tenant_id, id, display_name, time_zone, status, version)
       select $1, id, 'Bench', 'Europe/Berlin', 'ACTIVE', 1 from unnest($2::uuid[]) as t (id)`,
      [tenantId, ids],
    );
  } finally {
    await client.end();
  }
  return ids;
}

async function run(app: INestApplicationContext, database: TestDatabase, scenario: Scenario): Promise<void> {
  const tenantId = randomUUID();
  const people = await seed(database, tenantId, scenario.mentors * (1 + scenario.menteesPerMentor));
  const booking = app.get(SessionBookingService);
  const base = Math.ceil((Date.now() + 2 * 24 * 60 * MINUTE) / (60 * MINUTE)) * 60 * MINUTE;
  let seed32 = 42;
  const random = (): number => {
    seed32 = (seed32 * 1664525 + 1013904223) >>> 0;
    return seed32 / 2 ** 32;
  };
  const group = 1 + scenario.menteesPerMentor;
  const latencies: number[] = [];
  let booked = 0;
  let conflicts = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ATTEMPTS) {
      next += 1;
      const m = Math.floor(random() * scenario.mentors);
      const mentor = people[m * group];
      const mentee = people[m * group + 1 + Math.floor(random() * scenario.menteesPerMentor)];
      // Slots on a 30-minute grid, 30 or 45 minutes long: neighbours overlap when 45.
      const start = base + Math.floor(random() * scenario.slots) * 30 * MINUTE;
      const started = process.hrtime.bigint();
      try {
        await booking.bookSessions({
          tenantId,
          organizerId: mentee,
          participants: [
            { employeeId: mentor, role: 'mentor' },
            { employeeId: mentee, role: 'mentee' },
          ],
          startsAt: new Date(start),
          lengthMinutes: random() < 0.5 ? 30 : 45,
          format: SessionFormat.VIDEO_CALL,
          timeZone: 'Europe/Berlin',
        });
        booked += 1;
      } catch (error: unknown) {
        if (!(error instanceof SlotTakenError)) throw error;
        conflicts += 1;
      } finally {
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: WORKERS }, worker));
  const seconds = (Date.now() - t0) / 1000;
  const s = summarize(latencies);
  print(`  ${scenario.name}: ${ATTEMPTS} attempts in ${seconds.toFixed(1)} s`);
  print(
    `    ${(ATTEMPTS / seconds).toFixed(0)} attempts/s = ${(booked / seconds).toFixed(0)} bookings/s + ${(conflicts / seconds).toFixed(0)} conflicts/s (${booked} booked, ${conflicts} slot taken)`,
  );
  print(
    `    latency per attempt: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms`,
  );
}

async function main(): Promise<void> {
  process.env.MM_TEST_RUN_ID ??= `bench${Date.now().toString(36)}`;
  const database = await createTestDatabase('scheduling');
  const config = loadConfig('scheduling', schedulingConfigShape, {
    DATABASE_URL: database.appUrl,
    DATABASE_ADMIN_URL: database.adminUrl,
    KAFKA_BROKERS: testEndpoints().kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `bench.${process.env.MM_TEST_RUN_ID}`,
    JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json',
    OUTBOX_RELAY_ENABLED: 'false',
    SCHEDULER_INTERVAL_MS: '0',
    NODE_ENV: 'test',
  });
  const app = await NestFactory.createApplicationContext(
    AppModule.register(config, createLogger('bench', 'silent')),
    { logger: false },
  );
  try {
    await app.get(DatabaseLifecycle).start();
    print(`scheduling booking throughput: ${WORKERS} concurrent workers, pool of 10 connections`);
    for (const scenario of SCENARIOS) await run(app, database, scenario);
  } finally {
    await app.close();
    const client = new Client({ connectionString: database.adminUrl });
    await client.connect();
    await client.query(`drop database if exists "${database.database}" with (force)`);
    await client.end();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

import { Client } from 'pg';

type GlobalWithContainers = typeof globalThis & { __mmContainers?: { stop(): Promise<unknown> }[] };

/** Drops every database this run created and stops any containers the setup started. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.MM_TEST_RUN_ID;
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (runId && adminUrl && process.env.MM_TEST_KEEP_DATABASES !== '1') {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`mm_${runId}_%`],
      );
      for (const { datname } of rows) {
        await client.query(`drop database if exists "${datname}" with (force)`);
      }
    } finally {
      await client.end();
    }
  }
  const containers = (globalThis as GlobalWithContainers).__mmContainers ?? [];
  await Promise.all(containers.map((c) => c.stop()));
}

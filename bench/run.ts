import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Runs every benchmark (bench/<area>/<name>.bench.ts), one after another so they do not compete for the
 * two cores, and lets each print its own figures. `npm run bench -- matching` runs one area.
 */
const root = resolve(__dirname);
const only = process.argv[2];
const files = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (!only || d.name === only))
  .flatMap((d) =>
    readdirSync(join(root, d.name))
      .filter((f) => f.endsWith('.bench.ts'))
      .map((f) => join(root, d.name, f)),
  );
for (const file of files) {
  process.stdout.write(`\n=== ${file.slice(root.length + 1)} ===\n`);
  execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', file], { stdio: 'inherit' });
}

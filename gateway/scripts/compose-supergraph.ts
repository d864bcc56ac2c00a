import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { composeSupergraph } from '../src/compose';
import { SUBGRAPHS } from '../src/subgraphs';

/**
 * Prints every service's subgraph SDL (from its built dist/print-schema.js), stores it as
 * services/<name>/schema.gql, and composes gateway/supergraph.graphql from them.
 * `--check` changes nothing and fails when a committed file is out of date.
 */
const root = resolve(__dirname, '../..');
const check = process.argv.includes('--check');
let stale = false;

function writeOrCheck(path: string, content: string): void {
  const current = (() => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  })();
  if (current === content) return;
  if (check) {
    stale = true;
    process.stderr.write(`[compose] out of date: ${path}\n`);
  } else {
    writeFileSync(path, content);
    process.stdout.write(`[compose] wrote ${path}\n`);
  }
}

const subgraphs = SUBGRAPHS.map((name) => {
  const sdl = execFileSync(process.execPath, [resolve(root, `services/${name}/dist/print-schema.js`)], {
    encoding: 'utf8',
  });
  writeOrCheck(resolve(root, `services/${name}/schema.gql`), sdl);
  return { name, sdl };
});
writeOrCheck(resolve(root, 'gateway/supergraph.graphql'), composeSupergraph(subgraphs));
if (stale) {
  process.stderr.write('[compose] run `npm run compose:supergraph` and commit the result\n');
  process.exit(1);
}

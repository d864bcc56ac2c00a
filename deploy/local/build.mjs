#!/usr/bin/env node
// Transpiles every workspace (libs/*, services/*, gateway) from src/ to dist/ with SWC: seconds, not
// minutes. Type checking is `npm run lint` (tsc --noEmit), which CI runs separately.
import { readdirSync, statSync, mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFile } from '@swc/core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
  swcrc: false,
};

function workspaces() {
  const dirs = [];
  for (const group of ['libs', 'services']) {
    for (const name of readdirSync(join(root, group))) dirs.push(join(root, group, name));
  }
  dirs.push(join(root, 'gateway'));
  return dirs.filter((d) => existsSync(join(d, 'src')));
}

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

let count = 0;
const started = Date.now();
for (const workspace of workspaces()) {
  const src = join(workspace, 'src');
  const dist = join(workspace, 'dist');
  rmSync(dist, { recursive: true, force: true });
  await Promise.all(
    sources(src).map(async (file) => {
      const out = join(dist, relative(src, file)).replace(/\.ts$/, '.js');
      const { code, map } = await transformFile(file, {
        ...swcOptions,
        filename: file,
        sourceFileName: relative(dirname(out), file),
      });
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${code}\n//# sourceMappingURL=${out.split('/').pop()}.map`);
      if (map) writeFileSync(`${out}.map`, map);
      count += 1;
    }),
  );
}
console.log(`[build] ${count} files transpiled in ${Date.now() - started} ms`);

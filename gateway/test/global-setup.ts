import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import sharedGlobalSetup from '../../libs/testing/src/global-setup';

/**
 * The e2e project's global setup: the shared infrastructure setup, then one SWC build of every workspace
 * for the service processes the suites start. Building here, before any worker runs, means no suite can
 * replace a `dist/` another suite's service is loading.
 */
export default async function globalSetup(): Promise<void> {
  await sharedGlobalSetup();
  execFileSync(process.execPath, [resolve(__dirname, '../../deploy/local/build.mjs')], { stdio: 'ignore' });
}

import 'reflect-metadata';
import { loadConfig } from '@mentormesh/config';
import { createLogger } from '@mentormesh/observability';
import { SCHEMA_ONLY_ENV, printServiceSubgraph } from '@mentormesh/platform';
import { AppModule } from './app.module';
import { identityConfigShape } from './config';

/** Prints this service's subgraph SDL to stdout; the gateway's compose script collects it. */
async function main(): Promise<void> {
  const config = loadConfig('identity', identityConfigShape, SCHEMA_ONLY_ENV);
  process.stdout.write(
    await printServiceSubgraph(AppModule.register(config, createLogger('identity', 'silent'))),
  );
}

void main();

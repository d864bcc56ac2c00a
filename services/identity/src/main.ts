import 'reflect-metadata';
import { loadConfigOrExit } from '@mentormesh/config';
import { createLogger, createServiceApp } from '@mentormesh/observability';
import { AppModule } from './app.module';
import { identityConfigShape } from './config';

async function main(): Promise<void> {
  const config = loadConfigOrExit('identity', identityConfigShape);
  const log = createLogger('identity', config.LOG_LEVEL);
  const app = await createServiceApp(AppModule.register(config, log), log);
  await app.listen(config.PORT, '0.0.0.0');
  log.info({ port: config.PORT }, 'identity listening');
}

void main();

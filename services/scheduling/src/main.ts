import 'reflect-metadata';
import { loadConfigOrExit } from '@mentormesh/config';
import { createLogger, createServiceApp } from '@mentormesh/observability';
import { AppModule } from './app.module';
import { schedulingConfigShape } from './config';

async function main(): Promise<void> {
  const config = loadConfigOrExit('scheduling', schedulingConfigShape);
  const log = createLogger('scheduling', config.LOG_LEVEL);
  const app = await createServiceApp(AppModule.register(config, log), log);
  await app.listen(config.PORT, '0.0.0.0');
  log.info({ port: config.PORT }, 'scheduling listening');
}

void main();

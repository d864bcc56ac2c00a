import 'reflect-metadata';
import { loadConfigOrExit } from '@mentormesh/config';
import { createLogger, createServiceApp } from '@mentormesh/observability';
import { AppModule } from './app.module';
import { feedbackConfigShape } from './config';

async function main(): Promise<void> {
  const config = loadConfigOrExit('feedback', feedbackConfigShape);
  const log = createLogger('feedback', config.LOG_LEVEL);
  const app = await createServiceApp(AppModule.register(config, log), log);
  await app.listen(config.PORT, '0.0.0.0');
  log.info({ port: config.PORT }, 'feedback listening');
}

void main();

import 'reflect-metadata';
import { loadConfigOrExit } from '@mentormesh/config';
import { createLogger, createServiceApp } from '@mentormesh/observability';
import { AppModule } from './app.module';
import { recognitionConfigShape } from './config';

async function main(): Promise<void> {
  const config = loadConfigOrExit('recognition', recognitionConfigShape);
  const log = createLogger('recognition', config.LOG_LEVEL);
  const app = await createServiceApp(AppModule.register(config, log), log);
  await app.listen(config.PORT, '0.0.0.0');
  log.info({ port: config.PORT }, 'recognition listening');
}

void main();

import { DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG } from '@mentormesh/config';
import { Topics } from '@mentormesh/contracts';
import { Logger } from '@mentormesh/observability';
import { configProvider, platformModules } from '@mentormesh/platform';
import { RecognitionConfig } from './config';
import { ConsumersModule } from './consumers/consumers.module';
import { KudosEntity } from './kudos/kudos.entity';
import { KudosModule } from './kudos/kudos.module';
import { CreateRecognitionSchema1732000000500 } from './migrations/1732000000500-CreateRecognitionSchema';

@Module({})
export class AppModule {
  static register(config: RecognitionConfig, log: Logger): DynamicModule {
    return {
      module: AppModule,
      global: true,
      providers: [configProvider(config)],
      exports: [APP_CONFIG],
      imports: [
        ...platformModules(config, log, {
          service: 'recognition',
          entities: [KudosEntity],
          migrations: [CreateRecognitionSchema1732000000500],
          relayLockKey: 1005,
          producesTo: [Topics.recognition],
        }),
        KudosModule,
        ConsumersModule,
      ],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG } from '@mentormesh/config';
import { Topics } from '@mentormesh/contracts';
import { Logger } from '@mentormesh/observability';
import { configProvider, platformModules } from '@mentormesh/platform';
import { FeedbackConfig } from './config';
import { ConsumersModule } from './consumers/consumers.module';
import { FeedbackEntity } from './feedback/feedback.entity';
import { FeedbackModule } from './feedback/feedback.module';
import { CreateFeedbackSchema1732000000400 } from './migrations/1732000000400-CreateFeedbackSchema';

@Module({})
export class AppModule {
  static register(config: FeedbackConfig, log: Logger): DynamicModule {
    return {
      module: AppModule,
      global: true,
      providers: [configProvider(config)],
      exports: [APP_CONFIG],
      imports: [
        ...platformModules(config, log, {
          service: 'feedback',
          entities: [FeedbackEntity],
          migrations: [CreateFeedbackSchema1732000000400],
          relayLockKey: 1004,
          producesTo: [Topics.feedback],
        }),
        FeedbackModule,
        ConsumersModule,
      ],
    };
  }
}

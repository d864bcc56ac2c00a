import { DynamicModule, InjectionToken, Module, ModuleMetadata } from '@nestjs/common';
import { HealthController, READINESS_CHECKS, ReadinessCheck } from './health.controller';
import { MetricsController } from './metrics';

export interface ReadinessChecksProvider {
  readonly imports?: ModuleMetadata['imports'];
  readonly inject?: InjectionToken[];
  readonly useFactory: (...deps: never[]) => ReadinessCheck[];
}

/** `/health/live`, `/health/ready` (from the given checks) and `/metrics`. */
@Module({})
export class ObservabilityModule {
  static register(checks: ReadinessChecksProvider): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: checks.imports ?? [],
      controllers: [HealthController, MetricsController],
      providers: [{ provide: READINESS_CHECKS, inject: checks.inject ?? [], useFactory: checks.useFactory }],
    };
  }
}

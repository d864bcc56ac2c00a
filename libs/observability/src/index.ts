export { RequestContext, requestContext } from './request-context';
export { Logger, createLogger } from './logger';
export { NestPinoLogger } from './nest-logger';
export { requestIdMiddleware } from './request-id.middleware';
export { HealthController, READINESS_CHECKS, ReadinessCheck } from './health.controller';
export { MetricsController, metricsRegistry, httpMetricsMiddleware } from './metrics';
export { ObservabilityModule, ReadinessChecksProvider } from './observability.module';
export { createServiceApp } from './create-service-app';

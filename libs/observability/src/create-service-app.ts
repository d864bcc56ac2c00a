import { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { RestErrorFilter, createValidationPipe } from '@mentormesh/graphql';
import { Logger } from 'pino';
import { httpMetricsMiddleware } from './metrics';
import { NestPinoLogger } from './nest-logger';
import { requestIdMiddleware } from './request-id.middleware';

/** Builds a service's Nest app with our logging, request ids, metrics, validation and shutdown hooks. */
export async function createServiceApp(module: unknown, log: Logger): Promise<INestApplication> {
  const app = await NestFactory.create(module as never, {
    logger: new NestPinoLogger(log),
    bodyParser: true,
  });
  app.use(requestIdMiddleware);
  app.use(httpMetricsMiddleware);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new RestErrorFilter(log));
  app.enableShutdownHooks();
  // Idle keep-alive sockets outlive clients' and load balancers' pools, so a reused connection is never
  // closed by the server at the moment a request is sent on it ("other side closed").
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return app;
}

import { Server } from 'node:http';
import express, { Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { AuthPrincipal, TokenVerifier } from '@mentormesh/auth';
import {
  Logger,
  httpMetricsMiddleware,
  metricsRegistry,
  requestIdMiddleware,
} from '@mentormesh/observability';
import { authenticate } from './authenticate';
import { GatewayConfig } from './config';
import { queryLimitRules } from './query-limits';
import { subgraphReadiness } from './subgraph-readiness';
import { SubgraphName } from './subgraphs';

export interface GatewayContext {
  readonly principal: AuthPrincipal;
  readonly forwardHeaders: Readonly<Record<string, string>>;
}

const FORWARDED = ['authorization', 'x-request-id', 'x-correlation-id', 'traceparent'];

/** Forwards the caller's token and correlation headers to every subgraph. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    for (const [name, value] of Object.entries(context.forwardHeaders ?? {}))
      request.http?.headers.set(name, String(value));
  }
}

export function subgraphUrls(config: GatewayConfig): Record<SubgraphName, string> {
  return {
    identity: config.SUBGRAPH_IDENTITY_URL,
    matching: config.SUBGRAPH_MATCHING_URL,
    scheduling: config.SUBGRAPH_SCHEDULING_URL,
    feedback: config.SUBGRAPH_FEEDBACK_URL,
    recognition: config.SUBGRAPH_RECOGNITION_URL,
  };
}

/** Builds the gateway: composed supergraph (from file, no runtime introspection), auth, limits, health. */
export async function createGateway(
  config: GatewayConfig,
  supergraphSdl: string,
  log: Logger,
  httpServer: Server,
): Promise<{ app: Express; stop(): Promise<void> }> {
  const urls = subgraphUrls(config);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new ForwardingDataSource({ url: urls[name as SubgraphName] }),
  });
  const verifier = TokenVerifier.fromJwksUrl(config.JWKS_URL, {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: config.NODE_ENV === 'development',
    validationRules: queryLimitRules(config.MAX_QUERY_DEPTH, config.MAX_QUERY_ALIASES),
    parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
    allowBatchedHttpRequests: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    logger: {
      debug: () => undefined,
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  app.use(httpMetricsMiddleware);
  app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/health/ready', subgraphReadiness(urls));
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metricsRegistry.contentType);
    res.send(await metricsRegistry.metrics());
  });
  app.use(
    '/graphql',
    express.json({ limit: config.MAX_BODY_BYTES }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const principal = await authenticate(verifier, req.headers.authorization);
        const forwardHeaders: Record<string, string> = {};
        for (const name of FORWARDED) {
          const value = name === 'x-request-id' ? req.res?.getHeader('x-request-id') : req.headers[name];
          if (typeof value === 'string') forwardHeaders[name] = value;
        }
        return { principal, forwardHeaders };
      },
    }),
  );
  return { app, stop: () => server.stop() };
}

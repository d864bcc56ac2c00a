import { z } from 'zod';
import { env, loadConfig } from '@mentormesh/config';

export const gatewayConfigShape = {
  NODE_ENV: env.nodeEnv(),
  LOG_LEVEL: env.logLevel(),
  PORT: env.port(4000),
  JWKS_URL: env.url(['http', 'https']).default('http://localhost:4001/.well-known/jwks.json'),
  JWT_ISSUER: z.string().min(1).default('mentormesh-identity'),
  JWT_AUDIENCE: z.string().min(1).default('mentormesh'),
  SUBGRAPH_IDENTITY_URL: env.url(['http', 'https']).default('http://localhost:4001/graphql'),
  SUBGRAPH_MATCHING_URL: env.url(['http', 'https']).default('http://localhost:4002/graphql'),
  SUBGRAPH_SCHEDULING_URL: env.url(['http', 'https']).default('http://localhost:4003/graphql'),
  SUBGRAPH_FEEDBACK_URL: env.url(['http', 'https']).default('http://localhost:4004/graphql'),
  SUBGRAPH_RECOGNITION_URL: env.url(['http', 'https']).default('http://localhost:4005/graphql'),
  SUPERGRAPH_FILE: z.string().optional(),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(1).max(500).default(30),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(50).max(100_000).default(2000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(1_000_000),
};

export type GatewayConfig = ReturnType<typeof loadConfig<typeof gatewayConfigShape>>;

import { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSubgraphSchema } from '@apollo/subgraph';

/**
 * Settings that let a service module boot far enough to build its schema without any infrastructure:
 * every endpoint points at a closed port and nothing is migrated.
 */
export const SCHEMA_ONLY_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATABASE_URL: 'postgres://schema_only@127.0.0.1:1/schema_only',
  KAFKA_BROKERS: '127.0.0.1:1',
  JWKS_URL: 'http://127.0.0.1:1/.well-known/jwks.json',
  SIGNING_KEY_SECRET: 'schema-only-schema-only-schema-only',
};

/** The subgraph SDL (with federation directives) that the service serves, as the gateway composes it. */
export async function printServiceSubgraph(module: DynamicModule): Promise<string> {
  const app = await NestFactory.create(module, { logger: false, abortOnError: false });
  try {
    await app.init();
    return printSubgraphSchema(app.get(GraphQLSchemaHost).schema);
  } finally {
    await app.close();
  }
}

import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { createErrorFormatter } from './format-error';

export interface SubgraphOptions {
  /** Where to write the SDL (committed, composed by the gateway script), or true to keep it in memory. */
  readonly schemaFile: string | true;
  readonly exposeInternalErrors: boolean;
  readonly log: { error(fields: object, message: string): void };
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly orphanedTypes?: Function[];
}

/** A Federation 2 subgraph at /graphql with our error mapping; the HTTP request is in the context. */
export function subgraphModule(options: SubgraphOptions): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    path: '/graphql',
    autoSchemaFile:
      options.schemaFile === true ? { federation: 2 } : { federation: 2, path: options.schemaFile },
    sortSchema: true,
    // Guards run on field and reference resolvers too: `_entities` calls from the gateway are authenticated.
    fieldResolverEnhancers: ['guards'],
    buildSchemaOptions: { orphanedTypes: options.orphanedTypes },
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    context: ({ req }: { req: unknown }) => ({ req }),
    formatError: createErrorFormatter({ exposeInternal: options.exposeInternalErrors, log: options.log }),
  });
}

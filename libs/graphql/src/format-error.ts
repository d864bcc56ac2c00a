import { GraphQLFormattedError } from 'graphql';
import { isDomainError } from './domain-error';

interface ErrorLogger {
  error(fields: object, message: string): void;
}

/**
 * The single edge mapper: domain errors keep their message and get a stable `extensions.code`;
 * GraphQL's own validation errors pass through; anything else is logged with its stack and masked
 * outside development.
 */
export function createErrorFormatter(options: { exposeInternal: boolean; log: ErrorLogger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    if (isDomainError(original)) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: original.kind,
          reason: original.code,
          ...(original.field ? { field: original.field } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (
      code === 'GRAPHQL_VALIDATION_FAILED' ||
      code === 'GRAPHQL_PARSE_FAILED' ||
      code === 'BAD_USER_INPUT'
    ) {
      return formatted;
    }
    options.log.error({ err: original, path: formatted.path }, 'unhandled error in resolver');
    if (options.exposeInternal) return formatted;
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

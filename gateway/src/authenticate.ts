import { GraphQLError } from 'graphql';
import { AuthPrincipal, TokenVerifier } from '@mentormesh/auth';
import { isDomainError } from '@mentormesh/graphql';

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * The gateway verifies the caller before planning anything; subgraphs verify the same token again.
 * Any failure is a 401 with no data.
 */
export async function authenticate(
  verifier: TokenVerifier,
  header: string | undefined,
): Promise<AuthPrincipal> {
  const match = header ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header) : null;
  if (!match) throw unauthenticated('authentication required: send Authorization: Bearer <token>');
  try {
    return await verifier.verify(match[1]);
  } catch (error) {
    if (isDomainError(error)) throw unauthenticated(error.message);
    throw error;
  }
}

import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '@mentormesh/graphql';
import { PUBLIC_KEY, ROLES_KEY, requestOf } from './decorators';
import { Role, hasAnyRole } from './principal';
import { TokenVerifier } from './token-verifier';

/**
 * Global guard: every GraphQL field and REST route needs a valid bearer token unless marked @Public;
 * @Roles narrows further. The verified principal is put on the request.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = requestOf(context);
    if (!request.principal) {
      const header = request.headers.authorization;
      const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header) : null;
      if (!match)
        throw new UnauthenticatedError('authentication required: send Authorization: Bearer <token>');
      request.principal = await this.verifier.verify(match[1]);
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !hasAnyRole(request.principal, roles)) {
      throw new ForbiddenError(`requires one of the roles ${roles.join(', ')}`);
    }
    return true;
  }
}

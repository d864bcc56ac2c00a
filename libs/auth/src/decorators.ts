import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { UnauthenticatedError } from '@mentormesh/graphql';
import { AuthPrincipal, Role } from './principal';

export const PUBLIC_KEY = 'mentormesh:public';
export const ROLES_KEY = 'mentormesh:roles';

/** No token needed (health, metrics, JWKS, SAML endpoints). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

export type RequestWithPrincipal = Request & { principal?: AuthPrincipal };

/** The HTTP request behind a REST or GraphQL call. */
export function requestOf(context: ExecutionContext): RequestWithPrincipal {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithPrincipal>();
}

/** The verified caller; resolvers and controllers take it as a parameter. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthPrincipal => {
    const principal = requestOf(context).principal;
    if (!principal) throw new UnauthenticatedError('authentication required');
    return principal;
  },
);

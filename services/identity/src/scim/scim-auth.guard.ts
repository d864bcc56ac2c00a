import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AuthenticatedIntegration } from '../integrations/integration-token.repository';
import { IntegrationTokenService } from '../integrations/integration-token.service';

export type ScimRequest = Request & { integration?: AuthenticatedIntegration };

/** SCIM callers are HR systems with an integration token carrying the scim:users scope. */
@Injectable()
export class ScimAuthGuard implements CanActivate {
  constructor(private readonly tokens: IntegrationTokenService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ScimRequest>();
    request.integration = await this.tokens.authenticate(request.headers.authorization, 'scim:users');
    return true;
  }
}

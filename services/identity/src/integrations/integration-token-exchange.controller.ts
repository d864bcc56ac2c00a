import { Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { Public } from '@mentormesh/auth';
import { IssuedToken, TokenIssuer } from '../tokens/token-issuer';
import { IntegrationTokenService } from './integration-token.service';

/**
 * An HR system that prefers GraphQL trades its integration token (scope employees:sync) for a short-lived
 * access token with the HR_INTEGRATION role, for its own tenant only, and calls upsertEmployees with it.
 */
@Controller('integrations')
export class IntegrationTokenExchangeController {
  constructor(
    private readonly tokens: IntegrationTokenService,
    private readonly issuer: TokenIssuer,
  ) {}

  @Public()
  @Post('token')
  @HttpCode(200)
  async exchange(@Headers('authorization') authorization?: string): Promise<IssuedToken> {
    const integration = await this.tokens.authenticate(authorization, 'employees:sync');
    return this.issuer.issue({
      employeeId: integration.tokenId,
      tenantId: integration.tenantId,
      roles: ['HR_INTEGRATION'],
    });
  }
}

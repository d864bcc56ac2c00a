import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { Public } from '@mentormesh/auth';
import { InvalidGrantError } from './auth.errors';
import { AuthorizationCodeStore } from './authorization-code.store';
import { SessionTokensService, TokenPair } from './session-tokens.service';
import { LogoutBody, TokenRequestBody } from './token-request.body';

/**
 * The token endpoint: a one-time authorization code from a SAML login, or a refresh token, for an
 * access + refresh token pair. Tokens travel in response bodies only, never in URLs.
 */
@Controller('auth')
export class AuthTokenController {
  constructor(
    private readonly codes: AuthorizationCodeStore,
    private readonly sessions: SessionTokensService,
  ) {}

  @Public()
  @Post('token')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  async token(@Body() body: TokenRequestBody): Promise<TokenPair> {
    if (body.grant_type === 'refresh_token') return this.sessions.refresh(body.refresh_token ?? '');
    const grant = await this.codes.consume(body.code ?? '');
    if (!grant) throw new InvalidGrantError('code');
    return this.sessions.start(grant);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Body() body: LogoutBody): Promise<void> {
    await this.sessions.logout(body.refresh_token);
  }
}

import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@mentormesh/auth';
import { buildSpMetadata } from './build-sp-metadata';
import { atSamlEdge } from './saml-rejected.error';
import { SamlLogoutStartBody } from './saml-logout-start.body';
import { SamlMessageBody } from './saml-message.body';
import { SamlSignInService } from './saml-sign-in.service';
import { SamlSingleLogoutService } from './saml-single-logout.service';

/**
 * The public SAML endpoints of one tenant (by slug): SP metadata, SP-initiated login, the assertion
 * consumer service and single logout. Successful logins end in a 303 to an allow-listed app URL with
 * a one-time code; refusals are 4xx with a logged reason and neither token nor code.
 */
@Public()
@Controller('sso/:tenant/saml')
export class SamlController {
  constructor(
    private readonly signIn: SamlSignInService,
    private readonly singleLogout: SamlSingleLogoutService,
  ) {}

  @Get('metadata')
  async metadata(@Param('tenant') tenant: string, @Res() res: Response): Promise<void> {
    const { tenant: saml } = await atSamlEdge(() => this.signIn.connection(tenant));
    res.type('application/samlmetadata+xml').send(buildSpMetadata(saml));
  }

  @Get('login')
  async login(
    @Param('tenant') tenant: string,
    @Query('redirect') redirect: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const { location } = await atSamlEdge(() => this.signIn.start(tenant, redirect ?? null));
    res.set('cache-control', 'no-store').redirect(303, location);
  }

  @Post('acs')
  async acs(
    @Param('tenant') tenant: string,
    @Body() body: SamlMessageBody,
    @Res() res: Response,
  ): Promise<void> {
    const { location } = await atSamlEdge(() =>
      this.signIn.finish(tenant, body.SAMLResponse ?? '', body.RelayState ?? null),
    );
    res.set('cache-control', 'no-store').redirect(303, location);
  }

  /** SP-initiated logout: revokes the token family; answers where to send the browser (IdP or app). */
  @Post('logout')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  logout(
    @Param('tenant') tenant: string,
    @Body() body: SamlLogoutStartBody,
  ): Promise<{ readonly redirectUrl: string }> {
    return atSamlEdge(() => this.singleLogout.start(tenant, body.refresh_token, body.redirect ?? null));
  }

  @Get('slo')
  async sloRedirect(
    @Param('tenant') tenant: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const query = req.originalUrl.includes('?')
      ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1)
      : '';
    const kind = /(^|&)SAMLRequest=/.test(query) ? 'LogoutRequest' : 'LogoutResponse';
    const { location } = await atSamlEdge(() =>
      this.singleLogout.handle(tenant, { binding: 'redirect', rawQuery: query }, kind),
    );
    sendLogoutOutcome(res, location);
  }

  @Post('slo')
  async sloPost(
    @Param('tenant') tenant: string,
    @Body() body: SamlMessageBody,
    @Res() res: Response,
  ): Promise<void> {
    const message = body.SAMLRequest ?? body.SAMLResponse ?? '';
    const kind = body.SAMLRequest ? 'LogoutRequest' : 'LogoutResponse';
    const { location } = await atSamlEdge(() =>
      this.singleLogout.handle(
        tenant,
        { binding: 'post', message, relayState: body.RelayState ?? null },
        kind,
      ),
    );
    sendLogoutOutcome(res, location);
  }
}

function sendLogoutOutcome(res: Response, location: string | null): void {
  res.set('cache-control', 'no-store');
  if (location) res.redirect(303, location);
  else res.status(204).end();
}

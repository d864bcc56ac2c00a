import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { IsEmail, Matches } from 'class-validator';
import { Public } from '@mentormesh/auth';
import { APP_CONFIG } from '@mentormesh/config';
import { ForbiddenError, NotFoundError } from '@mentormesh/graphql';
import { IdentityConfig } from '../config';
import { EmployeeLookup } from '../employees/employee-lookup';
import { SessionTokensService, TokenPair } from './session-tokens.service';

export class DevLoginBody {
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'must be a tenant slug' })
  tenant!: string;

  @IsEmail({}, { message: 'must be an email address' })
  email!: string;
}

/**
 * Development only: an access + refresh token pair for any active employee of a tenant, by email. Off unless DEV_LOGIN_ENABLED;
 * when off the route answers as if it did not exist.
 */
@Controller('dev')
export class DevLoginController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: IdentityConfig,
    private readonly lookup: EmployeeLookup,
    private readonly sessions: SessionTokensService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: DevLoginBody): Promise<TokenPair> {
    if (!this.config.DEV_LOGIN_ENABLED) throw new ForbiddenError('dev login is disabled');
    const employee = await this.lookup.activeByEmail(body.tenant, body.email);
    if (!employee) throw new NotFoundError('Employee', body.email);
    return this.sessions.start({
      tenantId: employee.tenantId,
      employeeId: employee.id,
      samlSubjectHash: null,
      samlSessionIndex: null,
      samlNameIdSealed: null,
    });
  }
}

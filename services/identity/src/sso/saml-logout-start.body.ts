import { IsOptional, IsString, MaxLength } from 'class-validator';

/** `POST /sso/:tenant/saml/logout`: the app ends its session (and the IdP's, when it supports SLO). */
export class SamlLogoutStartBody {
  @IsString({ message: 'must be a refresh token' })
  @MaxLength(200)
  refresh_token!: string;

  @IsOptional()
  @IsString()
  @MaxLength(2048)
  redirect?: string;
}

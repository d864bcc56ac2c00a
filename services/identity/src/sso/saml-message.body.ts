import { IsOptional, IsString, MaxLength } from 'class-validator';

/** A SAML HTTP-POST binding form (ACS or SLO); presence is checked by the SSO code so refusals are logged. */
export class SamlMessageBody {
  @IsOptional()
  @IsString()
  @MaxLength(1_000_000)
  SAMLResponse?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1_000_000)
  SAMLRequest?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1024)
  RelayState?: string;
}

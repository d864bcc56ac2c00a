import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ROLES, Role } from '@mentormesh/auth';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

@InputType({ description: 'SAML attribute names per field; a field left out keeps the default names' })
export class SamlAttributeMappingInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  email?: string[];

  @Field(() => [String], { nullable: true, description: 'The employee id (HR external id)' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  externalId?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  firstName?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  lastName?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  displayName?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  department?: string[];
}

/** The tenant's own choices, shared by configureSamlConnection and importSamlIdpMetadata. */
@InputType()
export class SamlConnectionOptionsInput {
  @Field(() => SamlAttributeMappingInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SamlAttributeMappingInput)
  attributeMapping?: SamlAttributeMappingInput;

  @Field({ nullable: true, description: 'Accept logins the IdP starts (no AuthnRequest from us)' })
  @IsOptional()
  @IsBoolean()
  allowIdpInitiated?: boolean;

  @Field({ nullable: true, description: 'Create unknown but valid users on their first login' })
  @IsOptional()
  @IsBoolean()
  jitProvisioning?: boolean;

  @Field(() => [String], { nullable: true, description: 'Roles of employees created by JIT provisioning' })
  @IsOptional()
  @ArrayMinSize(1)
  @IsIn(ROLES, { each: true, message: `must be among ${ROLES.join(', ')}` })
  jitDefaultRoles?: Role[];

  @Field(() => [String], {
    nullable: true,
    description: 'App URLs a login may return to (with a one-time code); the first is the default',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUrl(URL_OPTIONS, { each: true, message: 'must be http(s) URLs' })
  allowedRedirectUrls?: string[];

  @Field({ nullable: true, description: 'Require the whole Response to be signed, not only the assertion' })
  @IsOptional()
  @IsBoolean()
  wantResponseSigned?: boolean;
}

@InputType()
export class ConfigureSamlConnectionInput extends SamlConnectionOptionsInput {
  @Field()
  @IsString()
  @Length(1, 1024)
  idpEntityId!: string;

  @Field({ description: 'IdP single sign-on URL (HTTP-Redirect binding)' })
  @IsUrl(URL_OPTIONS, { message: 'must be an http(s) URL' })
  ssoUrl!: string;

  @Field({ nullable: true, description: 'IdP single logout URL' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'must be an http(s) URL' })
  sloUrl?: string;

  @Field(() => [String], { description: 'PEM or base64 X.509 certificates; several during IdP key rollover' })
  @ArrayMinSize(1, { message: 'needs at least one certificate' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(20_000, { each: true })
  signingCertificates!: string[];
}

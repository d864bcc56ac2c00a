import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ArgsType, Field } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { SamlConnectionOptionsInput, ConfigureSamlConnectionInput } from './configure-saml-connection.input';
import { SamlConnectionModel } from './saml-connection.model';
import { SamlConnectionService } from './saml-connection.service';

@ArgsType()
export class ImportSamlIdpMetadataArgs {
  @Field({ description: 'The IdP metadata XML (EntityDescriptor)' })
  @IsString()
  @MaxLength(500_000)
  xml!: string;

  @Field(() => SamlConnectionOptionsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SamlConnectionOptionsInput)
  options?: SamlConnectionOptionsInput;
}

/** SSO setup for the caller's organization; ORG_ADMIN only. */
@Resolver(() => SamlConnectionModel)
export class SamlConnectionResolver {
  constructor(private readonly connections: SamlConnectionService) {}

  @Query(() => SamlConnectionModel, { nullable: true, description: "The organization's SAML connection" })
  @Roles('ORG_ADMIN')
  samlConnection(@CurrentPrincipal() principal: AuthPrincipal): Promise<SamlConnectionModel | null> {
    return this.connections.get(principal.tenantId);
  }

  @Mutation(() => SamlConnectionModel)
  @Roles('ORG_ADMIN')
  configureSamlConnection(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: ConfigureSamlConnectionInput,
  ): Promise<SamlConnectionModel> {
    return this.connections.configure(principal.tenantId, input);
  }

  @Mutation(() => SamlConnectionModel, {
    description: "Configures the connection from the IdP's metadata XML",
  })
  @Roles('ORG_ADMIN')
  importSamlIdpMetadata(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args() args: ImportSamlIdpMetadataArgs,
  ): Promise<SamlConnectionModel> {
    return this.connections.importMetadata(principal.tenantId, args.xml, args.options);
  }

  @Mutation(() => SamlConnectionModel, { description: 'Turns SAML sign-in off; the settings are kept' })
  @Roles('ORG_ADMIN')
  disableSamlConnection(@CurrentPrincipal() principal: AuthPrincipal): Promise<SamlConnectionModel> {
    return this.connections.disable(principal.tenantId);
  }
}

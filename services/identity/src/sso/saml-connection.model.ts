import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('SamlAttributeMapping', { description: 'SAML attribute names tried in order for each field' })
export class SamlAttributeMappingModel {
  @Field(() => [String])
  email!: readonly string[];

  @Field(() => [String])
  externalId!: readonly string[];

  @Field(() => [String])
  firstName!: readonly string[];

  @Field(() => [String])
  lastName!: readonly string[];

  @Field(() => [String])
  displayName!: readonly string[];

  @Field(() => [String])
  department!: readonly string[];
}

@ObjectType('SamlConnection', { description: "The organization's SAML 2.0 identity provider connection" })
export class SamlConnectionModel {
  @Field(() => ID)
  tenantId!: string;

  @Field()
  idpEntityId!: string;

  @Field()
  ssoUrl!: string;

  @Field(() => String, { nullable: true })
  sloUrl!: string | null;

  @Field(() => [String], { description: 'PEM certificates the IdP signs with' })
  signingCertificates!: string[];

  @Field(() => SamlAttributeMappingModel)
  attributeMapping!: SamlAttributeMappingModel;

  @Field()
  allowIdpInitiated!: boolean;

  @Field()
  jitProvisioning!: boolean;

  @Field(() => [String])
  jitDefaultRoles!: string[];

  @Field(() => [String])
  allowedRedirectUrls!: string[];

  @Field()
  wantResponseSigned!: boolean;

  @Field()
  enabled!: boolean;

  @Field({ description: 'What the IdP needs: our entity id (audience)' })
  spEntityId!: string;

  @Field({ description: 'What the IdP needs: our assertion consumer service URL (HTTP-POST)' })
  acsUrl!: string;

  @Field({ description: 'What the IdP needs: our single logout URL' })
  spSloUrl!: string;

  @Field({ description: 'Our SP metadata XML, for IdPs that import it' })
  metadataUrl!: string;
}

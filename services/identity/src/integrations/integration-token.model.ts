import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('IntegrationToken', { description: 'A machine credential an HR system uses (SCIM, bulk sync)' })
export class IntegrationTokenModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String])
  scopes!: string[];

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('CreateIntegrationTokenPayload')
export class CreateIntegrationTokenPayload {
  @Field(() => IntegrationTokenModel)
  token!: IntegrationTokenModel;

  @Field({ description: 'The secret, shown only now: store it in the HR system' })
  secret!: string;
}

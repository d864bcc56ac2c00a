import { Field, InputType } from '@nestjs/graphql';
import { ArrayMinSize, IsIn, IsString, Length } from 'class-validator';
import { INTEGRATION_SCOPES, IntegrationScope } from './integration-scopes';

@InputType()
export class CreateIntegrationTokenInput {
  @Field({ description: 'What it is for, e.g. "Okta SCIM"' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field(() => [String], { description: `Among ${INTEGRATION_SCOPES.join(', ')}` })
  @ArrayMinSize(1)
  @IsIn(INTEGRATION_SCOPES, { each: true, message: `must be among ${INTEGRATION_SCOPES.join(', ')}` })
  scopes!: IntegrationScope[];
}

import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { MentoringSettingsModel } from './tenant-settings';

@ObjectType('Tenant', { description: 'An organization using MentorMesh' })
@Directive('@key(fields: "id")')
export class TenantModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field({ description: 'IANA time zone name' })
  defaultTimeZone!: string;

  @Field()
  locale!: string;

  @Field()
  status!: string;

  @Field(() => MentoringSettingsModel)
  mentoring!: MentoringSettingsModel;
}

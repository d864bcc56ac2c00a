import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Employee', { description: 'A person in the organization; other subgraphs extend it' })
@Directive('@key(fields: "id")')
export class EmployeeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true })
  givenName!: string | null;

  @Field(() => String, { nullable: true })
  familyName!: string | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field(() => ID, { nullable: true })
  managerId!: string | null;

  @Field({ description: 'IANA time zone name' })
  timeZone!: string;

  @Field()
  locale!: string;

  @Field(() => [String])
  languages!: string[];

  @Field({ description: 'ACTIVE, INACTIVE or ERASED' })
  status!: string;

  @Field(() => [String])
  roles!: string[];

  @Field()
  createdAt!: Date;
}

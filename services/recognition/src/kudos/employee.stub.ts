import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** Identity owns Employee; recognition only adds fields to it. */
@ObjectType('Employee')
@Directive('@key(fields: "id")')
export class EmployeeStub {
  @Field(() => ID)
  id!: string;
}

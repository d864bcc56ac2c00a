import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** Identity owns Employee; matching only adds fields to it. */
@ObjectType('Employee')
@Directive('@key(fields: "id")')
export class EmployeeStub {
  @Field(() => ID)
  id!: string;
}

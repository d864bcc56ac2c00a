import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** Scheduling owns Session; feedback only adds fields to it. */
@ObjectType('Session')
@Directive('@key(fields: "id")')
export class SessionStub {
  @Field(() => ID)
  id!: string;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EmployeeStub } from './employee.stub';

@ObjectType('Kudos', { description: 'A public thank-you from one colleague to another' })
export class KudosModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;

  @Field(() => EmployeeStub, { description: 'Who gave it, resolved by identity' })
  from!: EmployeeStub;

  @Field(() => EmployeeStub, { description: 'Who received it, resolved by identity' })
  to!: EmployeeStub;

  @Field()
  message!: string;

  @Field({ description: 'ISO 8601 UTC' })
  createdAt!: Date;
}

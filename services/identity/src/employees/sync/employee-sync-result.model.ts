import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum EmployeeSyncStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}
registerEnumType(EmployeeSyncStatus, { name: 'EmployeeSyncStatus' });

@ObjectType('EmployeeSyncResult', { description: 'What happened to one record of an upsertEmployees call' })
export class EmployeeSyncResultModel {
  @Field(() => Int, { description: 'Position of the record in the request' })
  index!: number;

  @Field(() => String, { nullable: true })
  externalId!: string | null;

  @Field(() => ID, { nullable: true })
  employeeId!: string | null;

  @Field(() => EmployeeSyncStatus)
  status!: EmployeeSyncStatus;

  @Field(() => String, { nullable: true, description: 'Why it failed (or a warning), naming the field' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The field at fault, e.g. email or skills.2.name' })
  field!: string | null;
}

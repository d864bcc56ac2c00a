import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMinSize, IsIn, IsUUID } from 'class-validator';
import { ROLES, Role } from '@mentormesh/auth';

@InputType()
export class SetEmployeeRolesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an employee id' })
  employeeId!: string;

  @Field(() => [String], { description: `Among ${ROLES.join(', ')}` })
  @ArrayMinSize(1)
  @IsIn(ROLES, { each: true, message: `must be among ${ROLES.join(', ')}` })
  roles!: Role[];
}

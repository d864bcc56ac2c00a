import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';

@InputType({ description: 'Absence between two instants (vacation, sick leave)' })
export class TimeOffInput {
  @Field(() => ID, { nullable: true, description: 'Default you (others: ORG_ADMIN)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an employee id' })
  employeeId?: string;

  @Field({ description: 'ISO 8601 instant' })
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  start!: Date;

  @Field({ description: 'ISO 8601 instant, after start' })
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  end!: Date;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMinSize,
  IsDate,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

@InputType()
export class RescheduleSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session id' })
  sessionId!: string;

  @Field({ description: 'New start, ISO 8601 UTC, in the future' })
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  startsAt!: Date;

  @Field(() => Int, { nullable: true, description: 'New length in minutes (default: unchanged)' })
  @IsOptional()
  @IsInt()
  @Min(5, { message: 'must be at least 5 minutes' })
  @Max(60, { message: 'must be at most 60 minutes' })
  lengthMinutes?: number;
}

@InputType()
export class CancelSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session id' })
  sessionId!: string;

  @Field({ description: 'Why (the tenant may require one; up to 500 characters)', defaultValue: '' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}

@InputType()
export class MarkNoShowInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session id' })
  sessionId!: string;

  @Field(() => [ID], { description: 'The participants who did not come' })
  @ArrayMinSize(1, { message: 'name at least one participant' })
  @IsUUID('all', { each: true, message: 'must be employee ids' })
  absentEmployeeIds!: string[];
}

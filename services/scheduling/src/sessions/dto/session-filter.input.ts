import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsEnum, IsOptional } from 'class-validator';
import { SessionStatusEnum } from './session-status.enum';

@InputType()
export class SessionFilterInput {
  @Field(() => [SessionStatusEnum], { nullable: true, description: 'Only sessions in one of these states' })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(SessionStatusEnum, { each: true })
  statuses?: SessionStatusEnum[];

  @Field({ nullable: true, description: 'Only sessions ending after this instant (ISO 8601 UTC)' })
  @IsOptional()
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  from?: Date;

  @Field({ nullable: true, description: 'Only sessions starting before this instant (ISO 8601 UTC)' })
  @IsOptional()
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  to?: Date;
}

import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsString, MaxLength } from 'class-validator';

@InputType()
export class CalendarFeedAllowListInput {
  @Field(() => [String])
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  hosts!: string[];

  @Field(() => [String])
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  addresses!: string[];
}

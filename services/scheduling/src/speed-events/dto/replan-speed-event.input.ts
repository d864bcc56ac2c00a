import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsUUID } from 'class-validator';

@InputType({ description: 'Late joins and no-shows: the rounds that have not started are re-planned' })
export class ReplanSpeedEventInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a speed event id' })
  eventId!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Mentors or participants who will not take part' })
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'must be employee ids' })
  absent!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Participants joining late' })
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'must be employee ids' })
  added!: string[];
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

@InputType()
export class SubmitFeedbackInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session id' })
  sessionId!: string;

  @Field(() => ID, { description: 'The participant the feedback is about' })
  @IsUUID('all', { message: 'must be an employee id' })
  subjectId!: string;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent)' })
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1, { message: 'must be a whole number from 1 to 5' })
  @Max(5, { message: 'must be a whole number from 1 to 5' })
  rating!: number;

  @Field({ nullable: true, description: 'Up to 2000 characters' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  comment?: string;
}

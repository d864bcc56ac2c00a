import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length, Matches } from 'class-validator';

@InputType()
export class GiveKudosInput {
  @Field(() => ID, { description: 'The colleague to thank' })
  @IsUUID('all', { message: 'must be an employee id' })
  toId!: string;

  @Field({ description: '1 to 500 characters' })
  @IsString()
  @Length(1, 500, { message: 'must be 1 to 500 characters' })
  @Matches(/\S/, { message: 'must not be blank' })
  message!: string;
}

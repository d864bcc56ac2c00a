import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { MentoringNeedInput } from '../../recommendations/dto/mentoring-need.input';

@InputType()
export class CreateMentoringRequestInput extends MentoringNeedInput {
  @Field(() => Boolean, { defaultValue: false, description: 'A series of conversations rather than one' })
  @IsBoolean()
  isSeries: boolean = false;

  @Field(() => Int, { defaultValue: 1, description: 'How many mentors to ask for their perspective, 1 to 5' })
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1, { message: 'must be a whole number from 1 to 5' })
  @Max(5, { message: 'must be a whole number from 1 to 5' })
  perspectives: number = 1;
}

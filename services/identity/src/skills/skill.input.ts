import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType()
export class RelatedSkillInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a skill id' })
  skillId!: string;

  @Field(() => Float, { description: 'How strongly related, in (0, 1]' })
  @IsNumber()
  @Min(0.01)
  @Max(1)
  strength!: number;
}

@InputType()
export class SkillInput {
  @Field()
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  category?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a skill id' })
  parentId?: string | null;

  @Field(() => [RelatedSkillInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RelatedSkillInput)
  related!: RelatedSkillInput[];
}

@InputType()
export class SkillLevelInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a skill id' })
  skillId!: string;

  @Field(() => Int, { description: '1 (beginner) to 5 (expert)' })
  @IsInt()
  @Min(1)
  @Max(5)
  level!: number;
}

@InputType()
export class SetMySkillsInput {
  @Field(() => [SkillLevelInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SkillLevelInput)
  skills!: SkillLevelInput[];
}

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RelatedSkill')
export class RelatedSkillModel {
  @Field(() => ID)
  skillId!: string;

  @Field(() => Float)
  strength!: number;
}

@ObjectType('Skill', { description: "A skill in the organization's catalog" })
export class SkillModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => [RelatedSkillModel])
  related!: RelatedSkillModel[];

  @Field(() => Int)
  version!: number;
}

@ObjectType('EmployeeSkill', { description: "An employee's level in a catalog skill and where it came from" })
export class EmployeeSkillModel {
  @Field(() => ID)
  skillId!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  level!: number;

  @Field({ description: 'HR, SELF or ENDORSED' })
  source!: string;
}

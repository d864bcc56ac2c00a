import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';

const weightField = (): PropertyDecorator => {
  const decorators = [
    Field(() => Float, { nullable: true }),
    IsOptional(),
    IsNumber({}, { message: 'must be a number from 0 to 100' }),
    Min(0, { message: 'must be a number from 0 to 100' }),
    Max(100, { message: 'must be a number from 0 to 100' }),
  ];
  return (target, key) => decorators.forEach((d) => d(target, key));
};

@ObjectType('MatchingWeights', { description: 'Relative weights of the score parts; only ratios matter' })
@InputType('MatchingWeightsInput')
export class MatchingWeightsModel {
  @weightField() skill?: number;
  @weightField() topic?: number;
  @weightField() text?: number;
  @weightField() availability?: number;
  @weightField() timeZone?: number;
  @weightField() language?: number;
  @weightField() quality?: number;
  @weightField() load?: number;
  @weightField() crossDepartment?: number;
}

@ObjectType('MatchingSettings')
export class MatchingSettingsModel {
  @Field(() => MatchingWeightsModel, { description: 'Effective weights (defaults merged with overrides)' })
  weights!: MatchingWeightsModel;

  @Field()
  requiresVetting!: boolean;

  @Field(() => Int, { description: 'Minutes a mentor has to answer a proposal before it expires' })
  respondWithinMinutes!: number;
}

@InputType()
export class UpdateMatchingSettingsInput {
  @Field(() => MatchingWeightsModel, {
    nullable: true,
    description: 'Weights to override; others keep theirs',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchingWeightsModel)
  weights?: MatchingWeightsModel;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  requiresVetting?: boolean;

  @Field(() => Int, { nullable: true, description: '5 minutes to 30 days' })
  @IsOptional()
  @IsInt({ message: 'must be whole minutes from 5 to 43200' })
  @Min(5, { message: 'must be whole minutes from 5 to 43200' })
  @Max(43200, { message: 'must be whole minutes from 5 to 43200' })
  respondWithinMinutes?: number;
}

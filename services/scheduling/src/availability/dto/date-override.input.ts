import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { LOCAL_TIME } from './weekly-rule.input';

export enum OverrideKind {
  BLOCKED = 'blocked',
  EXTRA = 'extra',
  REPLACE = 'replace',
}
registerEnumType(OverrideKind, {
  name: 'AvailabilityOverrideKind',
  description: 'BLOCKED removes the day, EXTRA adds hours, REPLACE uses only the given hours',
});

@InputType()
export class LocalTimeRangeInput {
  @Field({ description: 'HH:mm' })
  @Matches(LOCAL_TIME, { message: 'must be HH:mm' })
  start!: string;

  @Field({ description: 'HH:mm' })
  @Matches(LOCAL_TIME, { message: 'must be HH:mm' })
  end!: string;
}

@InputType({ description: 'Changes one local date; replaces any earlier override of that date' })
export class DateOverrideInput {
  @Field(() => ID, { nullable: true, description: 'Default you (others: ORG_ADMIN)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an employee id' })
  employeeId?: string;

  @Field({ description: 'YYYY-MM-DD in the owner’s zone' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be YYYY-MM-DD' })
  date!: string;

  @Field(() => OverrideKind)
  @IsEnum(OverrideKind)
  kind!: OverrideKind;

  @Field(() => [LocalTimeRangeInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LocalTimeRangeInput)
  ranges!: LocalTimeRangeInput[];
}

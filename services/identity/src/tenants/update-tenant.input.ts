import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { IsTimeZone } from '../employees/is-time-zone.validator';
import { MentoringSettingsInput } from './tenant-settings';

@InputType()
export class UpdateTenantInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone name' })
  @IsOptional()
  @IsTimeZone()
  defaultTimeZone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'must be a locale such as en or de-DE' })
  locale?: string;

  @Field(() => MentoringSettingsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MentoringSettingsInput)
  mentoring?: MentoringSettingsInput;
}

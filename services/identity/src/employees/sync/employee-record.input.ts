import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsTimeZone } from '../is-time-zone.validator';

export const MAX_SKILLS_PER_RECORD = 100;

/** A skill of an HR record: validated by recordToChange (name 1-100 characters, level 1-5). */
@InputType()
export class EmployeeRecordSkillInput {
  @Field({ description: 'Skill name or alias in the catalog (case-insensitive)' })
  name!: string;

  @Field(() => Int, { description: '1 (beginner) to 5 (expert)' })
  level!: number;
}

/**
 * One employee as an HR system sends it; idempotent by externalId. The record is the whole truth for
 * the HR fields: a field left out is cleared (time zone and locale fall back to the organization's).
 * Validated record by record, so one bad record fails alone.
 */
@InputType()
export class EmployeeRecordInput {
  @Field({ description: "The HR system's id of the person" })
  @IsString()
  @Length(1, 200)
  externalId!: string;

  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to "givenName familyName"' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  familyName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  employeeNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  department?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  costCenter?: string | null;

  @Field(() => String, { nullable: true, description: "The manager's externalId" })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  managerExternalId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone name, e.g. Europe/Berlin' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'must be a locale such as en or de-DE' })
  locale?: string | null;

  @Field(() => [String], { nullable: true, description: 'Spoken languages, ISO 639 codes' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'must be ISO 639 language codes such as en' })
  languages?: string[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'false deactivates' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'ISO date, e.g. 2021-04-01' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'must be a date such as 2021-04-01' })
  hireDate?: string | null;

  @Field(() => [EmployeeRecordSkillInput], {
    nullable: true,
    description: `HR-sourced skills (at most ${MAX_SKILLS_PER_RECORD}); left out keeps the current ones, [] removes them`,
  })
  skills?: EmployeeRecordSkillInput[] | null;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { ROLES, Role } from '@mentormesh/auth';
import { IsTimeZone } from './is-time-zone.validator';

@InputType()
export class CreateEmployeeInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  email!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  department?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an employee id' })
  managerId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  externalId?: string;

  @Field({ description: 'IANA time zone name, e.g. Europe/Berlin' })
  @IsTimeZone()
  timeZone!: string;

  @Field({ defaultValue: 'en' })
  @Matches(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'must be a locale such as en or de-DE' })
  locale!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'must be ISO 639 language codes such as en' })
  languages!: string[];

  @Field(() => [String], { defaultValue: ['EMPLOYEE'] })
  @IsIn(ROLES, { each: true, message: `must be among ${ROLES.join(', ')}` })
  roles!: Role[];
}

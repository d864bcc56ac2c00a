import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, Matches } from 'class-validator';
import { IsTimeZone } from '../employees/is-time-zone.validator';

@InputType()
export class CreateTenantInput {
  @Field({ description: 'URL-safe identifier, e.g. acme' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'must be 2-63 lowercase letters, digits or dashes' })
  slug!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field({ description: 'IANA time zone name, e.g. Europe/Berlin' })
  @IsTimeZone()
  defaultTimeZone!: string;

  @Field({ description: 'Email of the first organization admin' })
  @IsEmail({}, { message: 'must be an email address' })
  adminEmail!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  adminName!: string;
}

import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** `POST /auth/token`, as JSON or application/x-www-form-urlencoded (OAuth 2.0 style names). */
export class TokenRequestBody {
  @IsIn(['authorization_code', 'refresh_token'], {
    message: 'must be authorization_code or refresh_token',
  })
  grant_type!: 'authorization_code' | 'refresh_token';

  @IsOptional()
  @IsString()
  @MaxLength(200)
  code?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  refresh_token?: string;
}

/** `POST /auth/logout`. */
export class LogoutBody {
  @IsString({ message: 'must be a refresh token' })
  @MaxLength(200)
  refresh_token!: string;
}

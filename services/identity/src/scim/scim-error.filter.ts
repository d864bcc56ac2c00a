import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { ErrorKind, isDomainError } from '@mentormesh/graphql';
import { EmployeeVersionMismatchError } from '../employees/employee.errors';
import { ScimProtocolError, ScimType } from './scim.errors';
import { SCIM, SCIM_MEDIA_TYPE } from './scim-schemas';

const STATUS: Record<ErrorKind, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** Every SCIM failure as an RFC 7644 §3.12 error document; unknown errors are logged and masked. */
@Catch()
export class ScimErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('ScimErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, scimType, detail] = this.describe(exception);
    if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="scim"');
    res
      .status(status)
      .type(SCIM_MEDIA_TYPE)
      .send(
        JSON.stringify({
          schemas: [SCIM.error],
          status: String(status),
          ...(scimType ? { scimType } : {}),
          detail,
        }),
      );
  }

  private describe(error: unknown): [number, ScimType | undefined, string] {
    if (error instanceof ScimProtocolError) return [error.status, error.scimType, error.message];
    if (error instanceof EmployeeVersionMismatchError)
      return [412, undefined, 'If-Match: the resource changed since that version'];
    if (isDomainError(error)) {
      const status = STATUS[error.kind];
      const type = status === 409 ? 'uniqueness' : status === 400 ? 'invalidValue' : undefined;
      return [status, type, error.message];
    }
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
      return [409, 'uniqueness', 'a user with this userName, email or externalId already exists'];
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return [status, status === 400 ? 'invalidSyntax' : undefined, error.message];
    }
    this.log.error(`unhandled error in SCIM: ${String(error)}`, (error as Error).stack);
    return [500, undefined, 'Internal server error'];
  }
}

import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorKind, isDomainError } from './domain-error';

const STATUS: Record<ErrorKind, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * The REST side of the edge mapper (JWKS, dev login, SCIM has its own format): domain errors become
 * their HTTP status with a stable code; unknown errors are logged and masked. GraphQL errors pass on
 * to the GraphQL formatter.
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  constructor(private readonly log: { error(fields: object, message: string): void }) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (isDomainError(exception)) return this.send(res, exception);
    if (exception instanceof HttpException) {
      return res.status(exception.getStatus()).json({ error: { code: 'HTTP', message: exception.message } });
    }
    this.log.error({ err: exception }, 'unhandled error in controller');
    return res
      .status(500)
      .json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
  }

  private send(res: Response, error: DomainError): Response {
    return res.status(STATUS[error.kind]).json({
      error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
    });
  }
}

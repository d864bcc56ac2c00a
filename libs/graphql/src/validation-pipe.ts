import { ValidationPipe } from '@nestjs/common';
import { ValidationError as ClassValidatorError } from 'class-validator';
import { ValidationError } from './domain-error';

function firstIssue(issues: readonly ClassValidatorError[], path = ''): ValidationError | undefined {
  for (const issue of issues) {
    const field = path ? `${path}.${issue.property}` : issue.property;
    if (issue.constraints) return new ValidationError(field, Object.values(issue.constraints)[0]);
    const nested = firstIssue(issue.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/** class-validator on every input; the error names the first offending field (`input.email`). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (issues) => firstIssue(issues) ?? new ValidationError('input', 'is invalid'),
  });
}

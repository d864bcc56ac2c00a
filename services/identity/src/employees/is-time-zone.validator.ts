import { ValidationOptions, registerDecorator } from 'class-validator';
import { IANAZone } from 'luxon';

/** An IANA time zone name that the time-zone database knows (not an offset, not an abbreviation). */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be an IANA time zone such as Europe/Berlin', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          (value.includes('/') || value === 'UTC') &&
          IANAZone.isValidZone(value),
      },
    });
}

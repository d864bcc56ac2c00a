import { ValidationOptions, registerDecorator } from 'class-validator';
import { IANAZone } from 'luxon';

const known = new Map<string, boolean>();

/** Whether the time-zone database knows the name; cached, since asking Intl is slow and zones are few. */
export function isIanaTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 64) return false;
  let valid = known.get(value);
  if (valid === undefined) {
    valid = (value.includes('/') || value === 'UTC') && IANAZone.isValidZone(value);
    if (known.size < 10_000) known.set(value, valid);
  }
  return valid;
}

/** An IANA time zone name that the time-zone database knows (not an offset, not an abbreviation). */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be an IANA time zone such as Europe/Berlin', ...options },
      validator: { validate: isIanaTimeZone },
    });
}

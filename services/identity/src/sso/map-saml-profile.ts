import type { CheckedAssertion } from './check-signed-assertion';
import type { SamlAttributeMapping } from './saml-settings';
import { SsoMissingAttributeError } from './sso.errors';

/** The person a valid SAML login vouches for, in MentorMesh terms. */
export interface SamlLoginProfile {
  readonly issuer: string;
  readonly nameId: string;
  readonly nameIdFormat: string | null;
  readonly email: string;
  readonly externalId: string | null;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly displayName: string | null;
  readonly department: string | null;
  readonly sessionIndex: string | null;
}

const EMAIL_FORMAT = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

/**
 * Maps signed assertion attributes through the tenant's attribute mapping. The email comes from the
 * first mapped attribute present, else from an emailAddress-format NameID; without one the login fails.
 */
export function mapSamlProfile(
  issuer: string,
  assertion: CheckedAssertion,
  mapping: SamlAttributeMapping,
): SamlLoginProfile {
  const first = (names: readonly string[]): string | null => {
    for (const name of names) {
      const value = assertion.attributes.get(name)?.[0];
      if (value) return value;
    }
    return null;
  };
  const email = first(mapping.email) ?? (assertion.nameIdFormat === EMAIL_FORMAT ? assertion.nameId : null);
  if (email === null) throw new SsoMissingAttributeError('assertion carries no email attribute');
  if (!EMAIL_SHAPE.test(email)) throw new SsoMissingAttributeError('email attribute is not an email address');
  return {
    issuer,
    nameId: assertion.nameId,
    nameIdFormat: assertion.nameIdFormat,
    email,
    externalId: first(mapping.externalId),
    firstName: first(mapping.firstName),
    lastName: first(mapping.lastName),
    displayName: first(mapping.displayName),
    department: first(mapping.department),
    sessionIndex: assertion.sessionIndex,
  };
}

import { X509Certificate } from 'node:crypto';
import { SsoInvalidSettingsError } from './sso.errors';

/** Candidate SAML attribute names per profile field; the first one present in the assertion wins. */
export interface SamlAttributeMapping {
  readonly email: readonly string[];
  readonly externalId: readonly string[];
  readonly firstName: readonly string[];
  readonly lastName: readonly string[];
  readonly displayName: readonly string[];
  readonly department: readonly string[];
}

/**
 * Defaults cover the names Okta (plain names), Microsoft Entra ID and ADFS (xmlsoap / Microsoft claim URIs)
 * and LDAP-style IdPs (OIDs) send out of the box. A tenant that uses other names overrides a field.
 */
export const DEFAULT_ATTRIBUTE_MAPPING: SamlAttributeMapping = Object.freeze({
  email: [
    'email',
    'mail',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    'urn:oid:0.9.2342.19200300.100.1.3',
  ],
  externalId: [
    'employeeNumber',
    'employeeId',
    'employeeid',
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/employeeid',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/employeeid',
    'urn:oid:2.16.840.1.113730.3.1.3',
  ],
  firstName: [
    'firstName',
    'givenName',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
    'urn:oid:2.5.4.42',
  ],
  lastName: [
    'lastName',
    'surname',
    'sn',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
    'urn:oid:2.5.4.4',
  ],
  displayName: [
    'displayName',
    'http://schemas.microsoft.com/identity/claims/displayname',
    'urn:oid:2.16.840.1.113730.3.1.241',
  ],
  department: [
    'department',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/department',
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/department',
    'urn:oid:2.5.4.11',
  ],
});

export const DEFAULT_CLOCK_SKEW_MS = 60_000;
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** One tenant's identity provider, as stored by identity. */
export interface SamlIdpSettings {
  readonly entityId: string;
  readonly ssoUrl: string;
  readonly sloUrl?: string;
  /** PEM or bare base64 DER; several while the IdP rotates its key. */
  readonly signingCertificates: readonly string[];
  readonly wantAssertionsSigned: boolean;
  readonly wantResponseSigned: boolean;
  readonly attributeMapping: SamlAttributeMapping;
  readonly jitProvisioning: boolean;
  readonly allowIdpInitiated: boolean;
  readonly clockSkewMs: number;
  /** NameIDPolicy Format sent in AuthnRequests; null sends none. */
  readonly nameIdFormat: string | null;
}

export type SamlIdpSettingsInput = Pick<SamlIdpSettings, 'entityId' | 'ssoUrl' | 'signingCertificates'> &
  Partial<Omit<SamlIdpSettings, 'entityId' | 'ssoUrl' | 'signingCertificates' | 'attributeMapping'>> & {
    readonly attributeMapping?: Partial<Record<keyof SamlAttributeMapping, string | readonly string[]>>;
  };

/** Our side of the federation for one tenant. */
export interface SamlServiceProviderSettings {
  readonly entityId: string;
  readonly acsUrl: string;
  readonly sloUrl?: string;
  /** Optional SP key pair: signs AuthnRequests and LogoutRequests, published in SP metadata. */
  readonly signingKey?: { readonly privateKeyPem: string; readonly certificatePem: string };
}

export interface SamlTenant {
  readonly tenantId: string;
  readonly sp: SamlServiceProviderSettings;
  readonly idp: SamlIdpSettings;
}

const EMAIL_NAME_ID_FORMAT = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

/** Applies defaults and validates; throws SsoInvalidSettingsError naming the bad field. */
export function createIdpSettings(input: SamlIdpSettingsInput): SamlIdpSettings {
  const clockSkewMs = input.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS;
  if (!input.entityId.trim()) throw new SsoInvalidSettingsError('entityId is empty');
  assertUrl('ssoUrl', input.ssoUrl);
  if (input.sloUrl !== undefined) assertUrl('sloUrl', input.sloUrl);
  if (input.signingCertificates.length === 0) {
    throw new SsoInvalidSettingsError('signingCertificates needs at least one certificate');
  }
  input.signingCertificates.forEach((cert, index) => assertCertificate(index, cert));
  if (!Number.isInteger(clockSkewMs) || clockSkewMs < 0 || clockSkewMs > MAX_CLOCK_SKEW_MS) {
    throw new SsoInvalidSettingsError(`clockSkewMs must be an integer between 0 and ${MAX_CLOCK_SKEW_MS}`);
  }
  return Object.freeze({
    entityId: input.entityId.trim(),
    ssoUrl: input.ssoUrl,
    sloUrl: input.sloUrl,
    signingCertificates: Object.freeze([...input.signingCertificates]),
    wantAssertionsSigned: input.wantAssertionsSigned ?? true,
    wantResponseSigned: input.wantResponseSigned ?? false,
    attributeMapping: resolveAttributeMapping(input.attributeMapping ?? {}),
    jitProvisioning: input.jitProvisioning ?? false,
    allowIdpInitiated: input.allowIdpInitiated ?? false,
    clockSkewMs,
    nameIdFormat: input.nameIdFormat === undefined ? EMAIL_NAME_ID_FORMAT : input.nameIdFormat,
  });
}

/** A field given by the tenant replaces the default candidates for that field. */
export function resolveAttributeMapping(
  overrides: Partial<Record<keyof SamlAttributeMapping, string | readonly string[]>>,
): SamlAttributeMapping {
  const pick = (field: keyof SamlAttributeMapping): readonly string[] => {
    const value = overrides[field];
    if (value === undefined) return DEFAULT_ATTRIBUTE_MAPPING[field];
    const names = (typeof value === 'string' ? [value] : [...value]).map((n) => n.trim()).filter(Boolean);
    if (names.length === 0) throw new SsoInvalidSettingsError(`attributeMapping.${field} is empty`);
    return Object.freeze(names);
  };
  return Object.freeze({
    email: pick('email'),
    externalId: pick('externalId'),
    firstName: pick('firstName'),
    lastName: pick('lastName'),
    displayName: pick('displayName'),
    department: pick('department'),
  });
}

/** Conventional per-tenant SP endpoints under the public base URL of identity. */
export function serviceProviderEndpoints(
  publicBaseUrl: string,
  tenantSlug: string,
): Pick<SamlServiceProviderSettings, 'entityId' | 'acsUrl' | 'sloUrl'> {
  const base = `${publicBaseUrl.replace(/\/+$/, '')}/sso/${encodeURIComponent(tenantSlug)}/saml`;
  return { entityId: `${base}/metadata`, acsUrl: `${base}/acs`, sloUrl: `${base}/slo` };
}

function assertUrl(field: string, value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SsoInvalidSettingsError(`${field} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SsoInvalidSettingsError(`${field} must be an http(s) URL`);
  }
}

function assertCertificate(index: number, cert: string): void {
  const body = cert.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  try {
    new X509Certificate(Buffer.from(body, 'base64'));
  } catch {
    throw new SsoInvalidSettingsError(`signingCertificates[${index}] is not an X.509 certificate`);
  }
}

import { randomBytes } from 'node:crypto';

/** Everything a test may vary in a SAML Response; unset fields get valid values. */
export interface SamlResponseFields {
  readonly issuer: string;
  readonly acsUrl: string;
  readonly audience: string;
  readonly responseId?: string;
  readonly assertionId?: string;
  /** Response@Destination; null leaves it out. Default acsUrl. */
  readonly destination?: string | null;
  /** Response@InResponseTo; null (default) for IdP-initiated. */
  readonly inResponseTo?: string | null;
  /** SubjectConfirmationData@InResponseTo; default the same as inResponseTo. */
  readonly subjectInResponseTo?: string | null;
  /** SubjectConfirmationData@Recipient; default acsUrl. */
  readonly recipient?: string;
  readonly nameId?: string;
  readonly nameIdFormat?: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly issueInstant?: Date;
  readonly notBefore?: Date;
  readonly notOnOrAfter?: Date;
  readonly subjectNotOnOrAfter?: Date;
  readonly sessionIndex?: string;
  readonly statusCode?: string;
}

export const EMAIL_FORMAT = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

export function randomSamlId(): string {
  return `_${randomBytes(16).toString('hex')}`;
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An unsigned samlp:Response with one saml:Assertion, shaped like the ones Okta and Entra send. */
export function buildSamlResponseXml(fields: SamlResponseFields): string {
  const now = Date.now();
  const issueInstant = (fields.issueInstant ?? new Date(now)).toISOString();
  const notBefore = (fields.notBefore ?? new Date(now - 30_000)).toISOString();
  const notOnOrAfter = (fields.notOnOrAfter ?? new Date(now + 5 * 60_000)).toISOString();
  const subjectNotOnOrAfter = (fields.subjectNotOnOrAfter ?? new Date(now + 5 * 60_000)).toISOString();
  const inResponseTo = fields.inResponseTo ?? null;
  const subjectInResponseTo =
    fields.subjectInResponseTo === undefined ? inResponseTo : fields.subjectInResponseTo;
  const destination = fields.destination === undefined ? fields.acsUrl : fields.destination;
  const attr = (name: string, value: string | null): string =>
    value === null ? '' : ` ${name}="${escapeXml(value)}"`;
  const attributes = Object.entries(fields.attributes ?? {})
    .map(
      ([name, value]) =>
        `<saml:Attribute Name="${escapeXml(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified">` +
        `<saml:AttributeValue xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="xs:string">${escapeXml(value)}</saml:AttributeValue>` +
        `</saml:Attribute>`,
    )
    .join('');
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"` +
    ` ID="${fields.responseId ?? randomSamlId()}" Version="2.0" IssueInstant="${issueInstant}"` +
    `${attr('Destination', destination)}${attr('InResponseTo', inResponseTo)}>` +
    `<saml:Issuer>${escapeXml(fields.issuer)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="${fields.statusCode ?? 'urn:oasis:names:tc:SAML:2.0:status:Success'}"/></samlp:Status>` +
    `<saml:Assertion ID="${fields.assertionId ?? randomSamlId()}" Version="2.0" IssueInstant="${issueInstant}">` +
    `<saml:Issuer>${escapeXml(fields.issuer)}</saml:Issuer>` +
    `<saml:Subject>` +
    `<saml:NameID Format="${fields.nameIdFormat ?? EMAIL_FORMAT}">${escapeXml(fields.nameId ?? 'ada@corp.example')}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<saml:SubjectConfirmationData${attr('InResponseTo', subjectInResponseTo)} NotOnOrAfter="${subjectNotOnOrAfter}"` +
    ` Recipient="${escapeXml(fields.recipient ?? fields.acsUrl)}"/>` +
    `</saml:SubjectConfirmation>` +
    `</saml:Subject>` +
    `<saml:Conditions NotBefore="${notBefore}" NotOnOrAfter="${notOnOrAfter}">` +
    `<saml:AudienceRestriction><saml:Audience>${escapeXml(fields.audience)}</saml:Audience></saml:AudienceRestriction>` +
    `</saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${issueInstant}" SessionIndex="${fields.sessionIndex ?? randomSamlId()}">` +
    `<saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>` +
    `</saml:AuthnStatement>` +
    (attributes ? `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` : '') +
    `</saml:Assertion>` +
    `</samlp:Response>`
  );
}

import { escapeXml, randomSamlId } from './build-saml-response-xml';

const PROTOCOL =
  'xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"';

export interface LogoutXmlFields {
  readonly issuer: string;
  readonly destination: string;
  readonly id?: string;
  readonly issueInstant?: Date;
}

/** An unsigned samlp:LogoutResponse from the IdP. */
export function buildLogoutResponseXml(
  fields: LogoutXmlFields & { readonly inResponseTo: string; readonly statusCode?: string },
): string {
  return (
    `<samlp:LogoutResponse ${PROTOCOL} ID="${fields.id ?? randomSamlId()}" Version="2.0"` +
    ` IssueInstant="${(fields.issueInstant ?? new Date()).toISOString()}" Destination="${escapeXml(fields.destination)}"` +
    ` InResponseTo="${escapeXml(fields.inResponseTo)}">` +
    `<saml:Issuer>${escapeXml(fields.issuer)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="${fields.statusCode ?? 'urn:oasis:names:tc:SAML:2.0:status:Success'}"/></samlp:Status>` +
    `</samlp:LogoutResponse>`
  );
}

/** An unsigned IdP-initiated samlp:LogoutRequest. */
export function buildLogoutRequestXml(
  fields: LogoutXmlFields & { readonly nameId: string; readonly sessionIndex?: string },
): string {
  return (
    `<samlp:LogoutRequest ${PROTOCOL} ID="${fields.id ?? randomSamlId()}" Version="2.0"` +
    ` IssueInstant="${(fields.issueInstant ?? new Date()).toISOString()}" Destination="${escapeXml(fields.destination)}">` +
    `<saml:Issuer>${escapeXml(fields.issuer)}</saml:Issuer>` +
    `<saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${escapeXml(fields.nameId)}</saml:NameID>` +
    (fields.sessionIndex
      ? `<samlp:SessionIndex>${escapeXml(fields.sessionIndex)}</samlp:SessionIndex>`
      : '') +
    `</samlp:LogoutRequest>`
  );
}

import { inflateRawSync } from 'node:zlib';
import { MAX_SAML_ID_LENGTH } from './inspect-saml-response';
import { SAML_ASSERTION_NS, SAML_PROTOCOL_NS } from './saml-namespaces';
import type { SamlTenant } from './saml-settings';
import {
  allElements,
  assertUniqueIds,
  decodeSamlBase64,
  decodeUtf8,
  MAX_SAML_MESSAGE_BYTES,
  parseXmlStrict,
  singleChild,
  textOf,
} from './saml-xml-guard';
import {
  SsoInvalidSignatureError,
  SsoIssuerMismatchError,
  SsoMalformedError,
  SsoRecipientMismatchError,
} from './sso.errors';

/** A logout message as it reached our SLO endpoint. */
export type SamlLogoutMessage =
  | { readonly binding: 'redirect'; readonly rawQuery: string }
  | { readonly binding: 'post'; readonly message: string; readonly relayState: string | null };

export type LogoutMessageKind = 'LogoutRequest' | 'LogoutResponse';

export interface DecodedLogoutMessage {
  /** The decoded (inflated) XML, as node-saml will read it. */
  readonly xml: string;
  readonly kind: LogoutMessageKind;
  readonly id: string;
  readonly issueInstantMs: number;
  readonly inResponseTo: string | null;
  readonly statusCode: string | null;
  readonly relayState: string | null;
  /** Parameters for node-saml: `{ SAMLRequest | SAMLResponse, RelayState?, SigAlg, Signature }`. */
  readonly parameters: Readonly<Record<string, string>>;
}

const SIGNATURE_ALGORITHMS = new Set([
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
]);

/**
 * Decodes and pre-checks a LogoutRequest / LogoutResponse before node-saml verifies it: the redirect
 * binding must be signed with RSA-SHA256/512 (node-saml would accept an unsigned one) and carry no
 * unexpected parameters; DTDs are rejected; root element, Issuer and Destination must be ours.
 */
export function readLogoutMessage(
  tenant: SamlTenant,
  message: SamlLogoutMessage,
  kind: LogoutMessageKind,
): DecodedLogoutMessage {
  const parameter = kind === 'LogoutRequest' ? 'SAMLRequest' : 'SAMLResponse';
  const parameters =
    message.binding === 'redirect'
      ? redirectParameters(message.rawQuery, parameter)
      : { [parameter]: message.message, ...(message.relayState ? { RelayState: message.relayState } : {}) };
  const encoded = parameters[parameter] ?? '';
  const xml = message.binding === 'redirect' ? inflate(encoded) : decodeSamlBase64(encoded);
  const root = parseXmlStrict(xml).documentElement;
  assertUniqueIds(allElements(root));
  if (root.namespaceURI !== SAML_PROTOCOL_NS || root.localName !== kind) {
    throw new SsoMalformedError(`expected samlp:${kind}`);
  }
  const id = root.getAttribute('ID') ?? '';
  if (!id || id.length > MAX_SAML_ID_LENGTH) throw new SsoMalformedError(`${kind} ID invalid`);
  const issueInstantMs = Date.parse(root.getAttribute('IssueInstant') ?? '');
  if (Number.isNaN(issueInstantMs)) throw new SsoMalformedError(`${kind} IssueInstant invalid`);
  const destination = root.getAttribute('Destination');
  if (destination && destination !== tenant.sp.sloUrl) {
    throw new SsoRecipientMismatchError(`${kind} Destination is not the tenant SLO URL`);
  }
  const issuer = singleChild(root, SAML_ASSERTION_NS, 'Issuer');
  if (!issuer || textOf(issuer) !== tenant.idp.entityId) {
    throw new SsoIssuerMismatchError(`${kind} Issuer is not the tenant IdP entity id`);
  }
  const status = singleChild(root, SAML_PROTOCOL_NS, 'Status');
  const statusCode = status ? singleChild(status, SAML_PROTOCOL_NS, 'StatusCode') : undefined;
  return {
    xml,
    kind,
    id,
    issueInstantMs,
    inResponseTo: root.getAttribute('InResponseTo') || null,
    statusCode: statusCode?.getAttribute('Value') || null,
    relayState: parameters.RelayState ?? null,
    parameters,
  };
}

function redirectParameters(rawQuery: string, parameter: string): Record<string, string> {
  const allowed = new Set([parameter, 'RelayState', 'SigAlg', 'Signature']);
  const parameters: Record<string, string> = {};
  for (const token of rawQuery.replace(/^\?/, '').split('&').filter(Boolean)) {
    const at = token.indexOf('=');
    const key = at < 0 ? token : token.slice(0, at);
    if (!allowed.has(key)) throw new SsoMalformedError(`unexpected query parameter ${key.slice(0, 32)}`);
    if (key in parameters) throw new SsoMalformedError(`duplicate query parameter ${key}`);
    parameters[key] = decodeQueryValue(at < 0 ? '' : token.slice(at + 1));
  }
  if (!parameters[parameter]) throw new SsoMalformedError(`query has no ${parameter}`);
  if (!parameters.Signature || !parameters.SigAlg) {
    throw new SsoInvalidSignatureError('redirect-binding logout message is not signed');
  }
  if (!SIGNATURE_ALGORITHMS.has(parameters.SigAlg)) throw new SsoInvalidSignatureError('unsupported SigAlg');
  return parameters;
}

function decodeQueryValue(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    throw new SsoMalformedError('query is not URL-encoded');
  }
}

function inflate(encoded: string): string {
  const compact = encoded.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact))
    throw new SsoMalformedError('SAML message is not valid base64');
  try {
    return decodeUtf8(
      inflateRawSync(Buffer.from(compact, 'base64'), { maxOutputLength: MAX_SAML_MESSAGE_BYTES }),
    );
  } catch (error: unknown) {
    if (error instanceof SsoMalformedError) throw error;
    throw new SsoMalformedError('SAML message is not DEFLATE-compressed or too large');
  }
}

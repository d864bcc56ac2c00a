import { SAML_ASSERTION_NS, SAML_PROTOCOL_NS, STATUS_SUCCESS, XMLDSIG_NS } from './saml-namespaces';
import { allElements, assertUniqueIds, parseXmlStrict, singleChild, textOf } from './saml-xml-guard';
import { SsoIdpStatusError, SsoMalformedError } from './sso.errors';

/** Unsigned facts read from the outer Response; use them only to route and to compare. */
export interface RawResponseFacts {
  readonly inResponseTo: string | null;
  readonly destination: string | null;
  readonly issuer: string | null;
}

export const MAX_SAML_ID_LENGTH = 256;

/**
 * Structural checks on the raw (untrusted) Response before any signature is verified, against XML
 * signature wrapping: root is samlp:Response, no duplicate ID/Id/id values, exactly one Assertion in the
 * whole document and it is a direct child of the root, no EncryptedAssertion, and signatures only
 * directly under the Response or the Assertion.
 */
export function inspectSamlResponse(xml: string): RawResponseFacts {
  const document = parseXmlStrict(xml);
  const root = document.documentElement;
  if (root.namespaceURI !== SAML_PROTOCOL_NS || root.localName !== 'Response') {
    throw new SsoMalformedError(`root element is ${root.localName ?? 'unknown'}, expected samlp:Response`);
  }
  if (root.getAttribute('Version') !== '2.0') throw new SsoMalformedError('Response Version is not 2.0');
  assertSuccessStatus(root);
  const elements = allElements(root);
  assertUniqueIds(elements);
  assertSingleAssertion(root, elements);
  assertSignaturePlacement(elements);
  const issuer = singleChild(root, SAML_ASSERTION_NS, 'Issuer');
  return {
    inResponseTo: optionalId(root, 'InResponseTo'),
    destination: root.getAttribute('Destination') || null,
    issuer: issuer ? textOf(issuer) : null,
  };
}

/** A failed login (status other than Success) usually has no assertion; report the status, not the shape. */
function assertSuccessStatus(root: Element): void {
  const status = singleChild(root, SAML_PROTOCOL_NS, 'Status');
  const code = status ? singleChild(status, SAML_PROTOCOL_NS, 'StatusCode') : undefined;
  const value = code?.getAttribute('Value');
  if (!value) throw new SsoMalformedError('Response has no Status/StatusCode');
  if (value === STATUS_SUCCESS) return;
  const detail = code ? singleChild(code, SAML_PROTOCOL_NS, 'StatusCode')?.getAttribute('Value') : undefined;
  const short = (uri: string): string => uri.slice(uri.lastIndexOf(':') + 1).slice(0, 64);
  throw new SsoIdpStatusError(`IdP returned status ${short(value)}${detail ? `/${short(detail)}` : ''}`);
}

function assertSingleAssertion(root: Element, elements: readonly Element[]): void {
  if (elements.some((el) => el.localName === 'EncryptedAssertion')) {
    throw new SsoMalformedError('EncryptedAssertion is not supported');
  }
  const assertions = elements.filter((el) => el.localName === 'Assertion');
  if (assertions.length !== 1) {
    throw new SsoMalformedError(`expected exactly one Assertion in the document, found ${assertions.length}`);
  }
  const assertion = assertions[0] as Element;
  if (assertion.parentNode !== root || assertion.namespaceURI !== SAML_ASSERTION_NS) {
    throw new SsoMalformedError('the Assertion is not a direct saml:Assertion child of the Response');
  }
}

function assertSignaturePlacement(elements: readonly Element[]): void {
  for (const signature of elements.filter((el) => el.localName === 'Signature')) {
    const parent = signature.parentNode as Element | null;
    const allowed =
      signature.namespaceURI === XMLDSIG_NS &&
      parent !== null &&
      (parent.localName === 'Response' || parent.localName === 'Assertion');
    if (!allowed) throw new SsoMalformedError('Signature element in an unexpected place');
  }
}

function optionalId(element: Element, attribute: string): string | null {
  const value = element.getAttribute(attribute);
  if (!value) return null;
  if (value.length > MAX_SAML_ID_LENGTH) throw new SsoMalformedError(`${attribute} is too long`);
  return value;
}

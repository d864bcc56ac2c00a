import { BEARER_CONFIRMATION, SAML_ASSERTION_NS } from './saml-namespaces';
import { MAX_SAML_ID_LENGTH } from './inspect-saml-response';
import { childElements, isElement, parseXmlStrict, singleChild, textOf } from './saml-xml-guard';
import {
  SsoExpiredError,
  SsoInResponseToMismatchError,
  SsoIssuerMismatchError,
  SsoMalformedError,
  SsoNotYetValidError,
  SsoError,
  SsoRecipientMismatchError,
} from './sso.errors';

export interface AssertionExpectations {
  readonly idpEntityId: string;
  readonly acsUrl: string;
  /** The request id this assertion must answer; null for IdP-initiated login. */
  readonly inResponseTo: string | null;
  readonly nowMs: number;
  readonly clockSkewMs: number;
}

/** Facts read from the signed assertion only (the XML node-saml returned after verifying the signature). */
export interface CheckedAssertion {
  readonly assertionId: string;
  readonly nameId: string;
  readonly nameIdFormat: string | null;
  readonly sessionIndex: string | null;
  readonly attributes: ReadonlyMap<string, readonly string[]>;
  /** How long the assertion id must be remembered: until it could no longer be accepted. */
  readonly replayTtlMs: number;
}

/**
 * Our own checks on the verified assertion, on top of node-saml's: issuer, a bearer
 * SubjectConfirmation whose Recipient is our ACS URL, whose NotOnOrAfter has not passed (also for
 * IdP-initiated responses, where node-saml skips it) and whose InResponseTo is exactly the expected one.
 */
export function checkSignedAssertion(
  assertionXml: string,
  expected: AssertionExpectations,
): CheckedAssertion {
  const assertion = parseXmlStrict(assertionXml).documentElement;
  if (assertion.namespaceURI !== SAML_ASSERTION_NS || assertion.localName !== 'Assertion') {
    throw new SsoMalformedError('signed content is not a saml:Assertion');
  }
  const assertionId = assertion.getAttribute('ID') ?? '';
  if (!assertionId || assertionId.length > MAX_SAML_ID_LENGTH)
    throw new SsoMalformedError('Assertion ID invalid');
  const issuer = singleChild(assertion, SAML_ASSERTION_NS, 'Issuer');
  if (!issuer || textOf(issuer) !== expected.idpEntityId) {
    throw new SsoIssuerMismatchError('assertion Issuer is not the tenant IdP entity id');
  }
  const subject = singleChild(assertion, SAML_ASSERTION_NS, 'Subject');
  if (!subject) throw new SsoMalformedError('assertion has no Subject');
  const nameIdElement = singleChild(subject, SAML_ASSERTION_NS, 'NameID');
  if (!nameIdElement) throw new SsoMalformedError('Subject has no NameID');
  if (Array.from(childNodes(nameIdElement)).some(isElement))
    throw new SsoMalformedError('NameID has child elements');
  const nameId = textOf(nameIdElement);
  if (!nameId) throw new SsoMalformedError('NameID is empty');

  const confirmationNotOnOrAfter = checkBearerConfirmation(subject, expected);
  const conditions = singleChild(assertion, SAML_ASSERTION_NS, 'Conditions');
  const conditionsNotOnOrAfter = conditions ? instant(conditions, 'NotOnOrAfter') : null;
  const validUntil = Math.min(confirmationNotOnOrAfter, conditionsNotOnOrAfter ?? Number.POSITIVE_INFINITY);
  const authn = childElements(assertion, SAML_ASSERTION_NS, 'AuthnStatement')[0];
  return {
    assertionId,
    nameId,
    nameIdFormat: nameIdElement.getAttribute('Format') || null,
    sessionIndex: authn?.getAttribute('SessionIndex') || null,
    attributes: readAttributes(assertion),
    replayTtlMs: Math.max(1_000, validUntil + expected.clockSkewMs - expected.nowMs + 1_000),
  };
}

/** Returns the NotOnOrAfter of the first bearer confirmation that passes; else throws the first failure. */
function checkBearerConfirmation(subject: Element, expected: AssertionExpectations): number {
  const bearers = childElements(subject, SAML_ASSERTION_NS, 'SubjectConfirmation').filter(
    (el) => el.getAttribute('Method') === BEARER_CONFIRMATION,
  );
  if (bearers.length === 0) throw new SsoMalformedError('no bearer SubjectConfirmation');
  let firstFailure: SsoError | undefined;
  for (const bearer of bearers) {
    try {
      return checkConfirmationData(bearer, expected);
    } catch (error: unknown) {
      if (!(error instanceof SsoError)) throw error;
      firstFailure ??= error;
    }
  }
  throw firstFailure ?? new SsoMalformedError('no usable bearer SubjectConfirmation');
}

function checkConfirmationData(bearer: Element, expected: AssertionExpectations): number {
  const data = singleChild(bearer, SAML_ASSERTION_NS, 'SubjectConfirmationData');
  if (!data) throw new SsoMalformedError('bearer SubjectConfirmation has no SubjectConfirmationData');
  if (data.getAttribute('Recipient') !== expected.acsUrl) {
    throw new SsoRecipientMismatchError('SubjectConfirmationData Recipient is not the tenant ACS URL');
  }
  const notOnOrAfter = instant(data, 'NotOnOrAfter');
  if (notOnOrAfter === null) throw new SsoMalformedError('SubjectConfirmationData has no NotOnOrAfter');
  if (expected.nowMs - expected.clockSkewMs >= notOnOrAfter) {
    throw new SsoExpiredError('SubjectConfirmationData NotOnOrAfter has passed');
  }
  const notBefore = instant(data, 'NotBefore');
  if (notBefore !== null && expected.nowMs + expected.clockSkewMs < notBefore) {
    throw new SsoNotYetValidError('SubjectConfirmationData NotBefore is in the future');
  }
  const inResponseTo = data.getAttribute('InResponseTo') || null;
  if (inResponseTo !== expected.inResponseTo) {
    throw new SsoInResponseToMismatchError(
      expected.inResponseTo === null
        ? 'unsolicited response carries a signed InResponseTo'
        : 'signed InResponseTo does not match the request',
    );
  }
  return notOnOrAfter;
}

function readAttributes(assertion: Element): ReadonlyMap<string, readonly string[]> {
  const attributes = new Map<string, string[]>();
  for (const statement of childElements(assertion, SAML_ASSERTION_NS, 'AttributeStatement')) {
    for (const attribute of childElements(statement, SAML_ASSERTION_NS, 'Attribute')) {
      const name = attribute.getAttribute('Name');
      if (!name) continue;
      const values = childElements(attribute, SAML_ASSERTION_NS, 'AttributeValue')
        .map(textOf)
        .filter(Boolean);
      attributes.set(name, [...(attributes.get(name) ?? []), ...values]);
    }
  }
  return attributes;
}

function instant(element: Element, attribute: string): number | null {
  const value = element.getAttribute(attribute);
  if (!value) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new SsoMalformedError(`${attribute} is not a valid instant`);
  return ms;
}

function childNodes(element: Element): Node[] {
  const nodes: Node[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) nodes.push(node);
  return nodes;
}

/**
 * Tampering helpers for attack tests. They work on the strings TestIdp produces
 * (`<saml:Assertion …>…</saml:Assertion>` inside `<samlp:Response>`), like an attacker who captured one.
 */

const ASSERTION_OPEN = '<saml:Assertion ';
const ASSERTION_CLOSE = '</saml:Assertion>';

export function extractAssertion(responseXml: string): string {
  const start = responseXml.indexOf(ASSERTION_OPEN);
  const end = responseXml.lastIndexOf(ASSERTION_CLOSE);
  if (start < 0 || end < 0) throw new Error('no assertion in response');
  return responseXml.slice(start, end + ASSERTION_CLOSE.length);
}

function replaceAssertion(responseXml: string, replacement: string): string {
  return responseXml.replace(extractAssertion(responseXml), () => replacement);
}

function afterResponseIssuer(responseXml: string, insertion: string): string {
  const marker = '</saml:Issuer>';
  const at = responseXml.indexOf(marker) + marker.length;
  return responseXml.slice(0, at) + insertion + responseXml.slice(at);
}

/** XSW 1: an unsigned evil assertion added next to the genuine signed one. */
export function addEvilAssertionBeside(signedResponse: string, evilAssertion: string): string {
  return signedResponse.replace(ASSERTION_CLOSE, () => ASSERTION_CLOSE + evilAssertion);
}

/** XSW 2: the signed assertion hidden in samlp:Extensions, an evil one in its expected place. */
export function moveSignedAssertionIntoExtensions(signedResponse: string, evilAssertion: string): string {
  const signed = extractAssertion(signedResponse);
  const withEvil = replaceAssertion(signedResponse, evilAssertion);
  return afterResponseIssuer(withEvil, `<samlp:Extensions>${signed}</samlp:Extensions>`);
}

/**
 * XSW 3: the evil assertion carries the genuine Signature, and the genuine signed assertion is wrapped
 * in a ds:Object inside that Signature (so the Reference still resolves to the signed bytes).
 */
export function moveSignedAssertionIntoSignatureObject(
  signedResponse: string,
  evilAssertion: string,
): string {
  const signed = extractAssertion(signedResponse);
  const signatureStart = signed.indexOf('<ds:Signature');
  const signatureEnd = signed.indexOf('</ds:Signature>') + '</ds:Signature>'.length;
  const signature = signed.slice(signatureStart, signatureEnd);
  const wrapped = signature.replace(
    '</ds:Signature>',
    () => `<ds:Object>${signed}</ds:Object></ds:Signature>`,
  );
  const evilWithSignature = evilAssertion.replace('</saml:Issuer>', () => `</saml:Issuer>${wrapped}`);
  return replaceAssertion(signedResponse, evilWithSignature);
}

/** XSW 4a: an evil assertion with the same ID as the signed one, placed first. */
export function prependEvilAssertionWithSameId(signedResponse: string, evilAssertion: string): string {
  const signed = extractAssertion(signedResponse);
  const id = /ID="([^"]+)"/.exec(signed)?.[1] ?? '';
  const evil = evilAssertion.replace(/ID="[^"]+"/, () => `ID="${id}"`);
  return replaceAssertion(signedResponse, evil + signed);
}

/** XSW 4b: a single assertion, but another element in the document reuses its ID. */
export function addElementWithAssertionId(signedResponse: string): string {
  const id = /ID="([^"]+)"/.exec(extractAssertion(signedResponse))?.[1] ?? '';
  return afterResponseIssuer(
    signedResponse,
    `<samlp:Extensions><mm:Marker xmlns:mm="urn:test:evil" ID="${id}"/></samlp:Extensions>`,
  );
}

/** Inserts a comment inside every occurrence of a text value (exc-c14n drops comments, so the signature stays valid). */
export function injectComment(xml: string, value: string, at: number): string {
  const tampered = `${value.slice(0, at)}<!---->${value.slice(at)}`;
  return xml.split(`>${value}<`).join(`>${tampered}<`);
}

import { sign as signBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { SignedXml } from 'xml-crypto';
import { buildSamlResponseXml, type SamlResponseFields } from './build-saml-response-xml';
import { createTestKeyPair, type TestKeyPair } from './test-certificate';

const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

export type SigningScope = 'assertion' | 'response' | 'both' | 'none';

/**
 * A throw-away identity provider for tests: its own RSA key and self-signed certificate, real SAML
 * messages signed with xml-crypto (enveloped, exc-c14n, RSA-SHA256) and signed redirect-binding queries.
 */
export class TestIdp {
  private constructor(
    readonly entityId: string,
    readonly keys: TestKeyPair,
  ) {}

  static create(entityId = 'https://idp.test.example/saml/metadata'): TestIdp {
    return new TestIdp(entityId, createTestKeyPair('mentormesh-test-idp'));
  }

  get certificatePem(): string {
    return this.keys.certificatePem;
  }

  /** A Response for these fields (issuer defaults to this IdP), signed as asked. */
  response(
    fields: Omit<SamlResponseFields, 'issuer'> & { issuer?: string },
    scope: SigningScope = 'assertion',
  ): string {
    const xml = buildSamlResponseXml({ ...fields, issuer: fields.issuer ?? this.entityId });
    return this.sign(xml, scope);
  }

  sign(xml: string, scope: SigningScope, keys: TestKeyPair = this.keys): string {
    let signed = xml;
    if (scope === 'assertion' || scope === 'both') {
      signed = signElement(signed, "//*[local-name(.)='Assertion']", keys);
    }
    if (scope === 'response' || scope === 'both') {
      signed = signElement(signed, "/*[local-name(.)='Response']", keys);
    }
    return signed;
  }

  /** Signs the root element of a protocol message (LogoutRequest / LogoutResponse for HTTP-POST). */
  signRoot(xml: string, keys: TestKeyPair = this.keys): string {
    return signElement(xml, '/*', keys);
  }

  /** HTTP-Redirect binding query: deflated message, RelayState, SigAlg and the IdP's signature. */
  redirectQuery(
    parameter: 'SAMLRequest' | 'SAMLResponse',
    xml: string,
    relayState: string | null,
    keys: TestKeyPair | null = this.keys,
  ): string {
    const message = deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64');
    let query = `${parameter}=${encodeURIComponent(message)}`;
    if (relayState !== null) query += `&RelayState=${encodeURIComponent(relayState)}`;
    if (keys === null) return query;
    query += `&SigAlg=${encodeURIComponent(RSA_SHA256)}`;
    const signature = signBytes('sha256', Buffer.from(query, 'utf8'), keys.privateKeyPem).toString('base64');
    return `${query}&Signature=${encodeURIComponent(signature)}`;
  }

  metadata(ssoUrl: string, sloUrl?: string): string {
    const cert = this.keys.certificatePem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, '');
    const slo = sloUrl
      ? `<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${sloUrl}"/>`
      : '';
    return (
      `<?xml version="1.0" encoding="UTF-8"?>` +
      `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${this.entityId}">` +
      `<md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">` +
      `<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">` +
      `<ds:X509Data><ds:X509Certificate>${cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
      slo +
      `<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>` +
      `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${ssoUrl}/post"/>` +
      `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${ssoUrl}"/>` +
      `</md:IDPSSODescriptor></md:EntityDescriptor>`
    );
  }
}

export function encodeBase64(xml: string): string {
  return Buffer.from(xml, 'utf8').toString('base64');
}

/** Enveloped signature over the element, placed right after its saml:Issuer (schema order). */
function signElement(xml: string, elementXpath: string, keys: TestKeyPair): string {
  const signer = new SignedXml({
    privateKey: keys.privateKeyPem,
    publicCert: keys.certificatePem,
    signatureAlgorithm: RSA_SHA256,
    canonicalizationAlgorithm: EXC_C14N,
  });
  signer.addReference({ xpath: elementXpath, digestAlgorithm: SHA256, transforms: [ENVELOPED, EXC_C14N] });
  signer.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: `${elementXpath}/*[local-name(.)='Issuer']`, action: 'after' },
  });
  return signer.getSignedXml();
}

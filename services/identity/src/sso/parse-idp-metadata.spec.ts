import { createTestKeyPair } from '../../test/support/test-certificate';
import { TestIdp } from '../../test/support/test-idp';
import { idpSettingsFromMetadata, parseIdpMetadata } from './parse-idp-metadata';
import { SsoDtdForbiddenError, SsoInvalidSettingsError } from './sso.errors';

const SSO = 'https://idp.example/sso';
const SLO = 'https://idp.example/slo';

describe('parseIdpMetadata', () => {
  const idp = TestIdp.create('https://idp.example/entity');
  const next = createTestKeyPair('next');
  const body = (pem: string): string => pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, '');

  it('reads entity id, HTTP-Redirect SSO and SLO locations and the signing certificate', () => {
    const metadata = parseIdpMetadata(idp.metadata(SSO, SLO));

    expect(metadata).toEqual({
      entityId: 'https://idp.example/entity',
      ssoUrl: SSO,
      ssoBinding: 'redirect',
      sloUrl: SLO,
      signingCertificates: [idp.certificatePem],
      wantAuthnRequestsSigned: false,
      nameIdFormats: ['urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress'],
    });
  });

  it('keeps every signing certificate (rotation), takes KeyDescriptors without use, skips encryption keys', () => {
    const encryption = createTestKeyPair('encryption');
    const keyDescriptor = (use: string | null, pem: string): string =>
      `<md:KeyDescriptor${use ? ` use="${use}"` : ''}><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data>` +
      `<ds:X509Certificate>\n${body(pem)}\n</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;
    const xml = idp
      .metadata(SSO)
      .replace(
        '<md:KeyDescriptor',
        () =>
          keyDescriptor(null, next.certificatePem) +
          keyDescriptor('encryption', encryption.certificatePem) +
          '<md:KeyDescriptor',
      );

    const metadata = parseIdpMetadata(xml);

    expect(metadata.signingCertificates).toEqual([next.certificatePem, idp.certificatePem]);
    expect(metadata.sloUrl).toBeUndefined();
  });

  it('falls back to the HTTP-POST SSO location', () => {
    const xml = idp.metadata(SSO).replace(/<md:SingleSignOnService Binding="[^"]+HTTP-Redirect"[^>]+>/, '');
    expect(parseIdpMetadata(xml)).toMatchObject({ ssoUrl: `${SSO}/post`, ssoBinding: 'post' });
  });

  it('picks one IdP out of an EntitiesDescriptor by entity id', () => {
    const other = TestIdp.create('https://other.example/entity');
    const strip = (xml: string): string => xml.replace(/^<\?xml[^>]*\?>/, '');
    const xml =
      `<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">` +
      `${strip(other.metadata('https://other.example/sso'))}${strip(idp.metadata(SSO))}</md:EntitiesDescriptor>`;

    expect(() => parseIdpMetadata(xml)).toThrow(/choose one by entityId/);
    expect(parseIdpMetadata(xml, { entityId: idp.entityId }).ssoUrl).toBe(SSO);
  });

  it('rejects metadata with a DOCTYPE or an external entity', () => {
    const xml = idp.metadata(SSO).replace('?>', '?><!DOCTYPE md [<!ENTITY x SYSTEM "file:///etc/passwd">]>');
    expect(() => parseIdpMetadata(xml)).toThrow(SsoDtdForbiddenError);
  });

  it.each([
    [
      'has no IdP descriptor',
      '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"/>',
      /no IdP/,
    ],
    ['is not SAML metadata', '<html/>', /not SAML 2.0 metadata/],
  ])('rejects metadata that %s', (_name, xml, reason) => {
    expect(() => parseIdpMetadata(xml)).toThrow(reason);
  });

  it('rejects a certificate that is not X.509', () => {
    const xml = idp.metadata(SSO).replace(body(idp.certificatePem), 'bm90IGEgY2VydGlmaWNhdGU=');
    expect(() => parseIdpMetadata(xml)).toThrow(SsoInvalidSettingsError);
  });

  it('turns metadata plus tenant choices into validated settings with defaults', () => {
    const settings = idpSettingsFromMetadata(parseIdpMetadata(idp.metadata(SSO, SLO)), {
      allowIdpInitiated: true,
    });

    expect(settings).toMatchObject({
      entityId: idp.entityId,
      ssoUrl: SSO,
      sloUrl: SLO,
      wantAssertionsSigned: true,
      wantResponseSigned: false,
      allowIdpInitiated: true,
      jitProvisioning: false,
      clockSkewMs: 60_000,
    });
  });
});

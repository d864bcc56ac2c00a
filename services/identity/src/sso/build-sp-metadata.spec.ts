import { createTestKeyPair } from '../../test/support/test-certificate';
import { buildSpMetadata } from './build-sp-metadata';
import { SAML_METADATA_NS } from './saml-namespaces';
import { createIdpSettings, serviceProviderEndpoints, type SamlTenant } from './saml-settings';
import { parseXmlStrict } from './saml-xml-guard';

describe('buildSpMetadata', () => {
  const idpKeys = createTestKeyPair('idp');
  const tenant: SamlTenant = {
    tenantId: 't-1',
    sp: serviceProviderEndpoints('https://identity.mentormesh.example/', 'acme'),
    idp: createIdpSettings({
      entityId: 'https://idp.example',
      ssoUrl: 'https://idp.example/sso',
      signingCertificates: [idpKeys.certificatePem],
    }),
  };

  it('describes the tenant SP: entity id, ACS and SLO (HTTP-POST), NameID format, signed assertions', () => {
    const root = parseXmlStrict(buildSpMetadata(tenant)).documentElement;
    const sp = root.getElementsByTagNameNS(SAML_METADATA_NS, 'SPSSODescriptor')[0] as Element;
    const first = (name: string): Element => sp.getElementsByTagNameNS(SAML_METADATA_NS, name)[0] as Element;

    expect(root.getAttribute('entityID')).toBe('https://identity.mentormesh.example/sso/acme/saml/metadata');
    expect(sp.getAttribute('WantAssertionsSigned')).toBe('true');
    expect(first('AssertionConsumerService').getAttribute('Location')).toBe(
      'https://identity.mentormesh.example/sso/acme/saml/acs',
    );
    expect(first('SingleLogoutService').getAttribute('Location')).toBe(
      'https://identity.mentormesh.example/sso/acme/saml/slo',
    );
    expect(first('NameIDFormat').textContent).toBe('urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress');
    expect(sp.getElementsByTagNameNS(SAML_METADATA_NS, 'KeyDescriptor')).toHaveLength(0);
  });

  it('publishes the SP signing certificate and signs the metadata when the tenant has an SP key', () => {
    const spKeys = createTestKeyPair('sp');
    const xml = buildSpMetadata({
      ...tenant,
      sp: {
        ...tenant.sp,
        signingKey: { privateKeyPem: spKeys.privateKeyPem, certificatePem: spKeys.certificatePem },
      },
    });

    expect(xml).toContain('AuthnRequestsSigned="true"');
    expect(xml).toContain(spKeys.certificatePem.split('\n')[1]);
    expect(xml).toMatch(/<(ds:)?Signature /);
  });
});

import { createTestKeyPair } from '../../test/support/test-certificate';
import { createIdpSettings, DEFAULT_ATTRIBUTE_MAPPING, serviceProviderEndpoints } from './saml-settings';

describe('createIdpSettings', () => {
  const { certificatePem } = createTestKeyPair('idp');
  const base = {
    entityId: 'https://idp.example',
    ssoUrl: 'https://idp.example/sso',
    signingCertificates: [certificatePem],
  };

  it('applies strict defaults: signed assertions, no IdP-initiated login, no JIT, 60 s skew', () => {
    expect(createIdpSettings(base)).toMatchObject({
      wantAssertionsSigned: true,
      wantResponseSigned: false,
      allowIdpInitiated: false,
      jitProvisioning: false,
      clockSkewMs: 60_000,
      attributeMapping: DEFAULT_ATTRIBUTE_MAPPING,
    });
  });

  it('replaces the default candidates of a field the tenant maps', () => {
    const settings = createIdpSettings({
      ...base,
      attributeMapping: { email: 'corpMail', department: ['ou', 'dept'] },
    });
    expect(settings.attributeMapping.email).toEqual(['corpMail']);
    expect(settings.attributeMapping.department).toEqual(['ou', 'dept']);
    expect(settings.attributeMapping.firstName).toBe(DEFAULT_ATTRIBUTE_MAPPING.firstName);
  });

  it.each([
    ['no certificate', { signingCertificates: [] }, /at least one/],
    ['a certificate that is not X.509', { signingCertificates: ['Zm9v'] }, /signingCertificates\[0\]/],
    ['an SSO URL that is not a URL', { ssoUrl: 'idp.example' }, /ssoUrl/],
    ['a non-http SLO URL', { sloUrl: 'javascript:alert(1)' }, /sloUrl/],
    ['a clock skew above 5 minutes', { clockSkewMs: 600_000 }, /clockSkewMs/],
    ['an empty attribute mapping', { attributeMapping: { email: [] } }, /attributeMapping.email/],
  ])('rejects %s', (_name, override, reason) => {
    expect(() => createIdpSettings({ ...base, ...override })).toThrow(
      expect.objectContaining({ code: 'SSO.INVALID_SETTINGS', reason: expect.stringMatching(reason) }),
    );
  });

  it('derives per-tenant SP endpoints from the public base URL', () => {
    expect(serviceProviderEndpoints('https://id.example/', 'acme corp')).toEqual({
      entityId: 'https://id.example/sso/acme%20corp/saml/metadata',
      acsUrl: 'https://id.example/sso/acme%20corp/saml/acs',
      sloUrl: 'https://id.example/sso/acme%20corp/saml/slo',
    });
  });
});

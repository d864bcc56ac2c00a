import { randomUUID } from 'node:crypto';
import {
  createIdpSettings,
  serviceProviderEndpoints,
  type SamlIdpSettingsInput,
  type SamlTenant,
} from '../../src/sso/saml-settings';
import type { TestIdp } from '../support/test-idp';

export const TEST_IDP_SSO_URL = 'https://idp.test.example/saml/sso';
export const TEST_IDP_SLO_URL = 'https://idp.test.example/saml/slo';

/** A fresh tenant trusting the test IdP; every call gets its own tenant id. */
export function buildSamlTenant(
  idp: TestIdp,
  overrides: Partial<SamlIdpSettingsInput> & { readonly tenantId?: string } = {},
): SamlTenant {
  const { tenantId = randomUUID(), ...settings } = overrides;
  return {
    tenantId,
    sp: serviceProviderEndpoints('https://identity.mentormesh.test', `acme-${tenantId.slice(0, 8)}`),
    idp: createIdpSettings({
      entityId: idp.entityId,
      ssoUrl: TEST_IDP_SSO_URL,
      sloUrl: TEST_IDP_SLO_URL,
      signingCertificates: [idp.certificatePem],
      ...settings,
    }),
  };
}

import { SAML, ValidateInResponseTo, type CacheProvider, type SamlConfig } from '@node-saml/node-saml';
import type { SamlTenant } from './saml-settings';

export interface SamlClientOptions {
  readonly cacheProvider: CacheProvider;
  /** `always` for a response to our request, `never` for an (allowed) IdP-initiated one. */
  readonly validateInResponseTo: 'always' | 'never';
  readonly requestTtlMs: number;
}

/**
 * A node-saml SAML instance for one tenant and one operation. It is cheap to build and holds no
 * timers because the cache provider is always ours.
 */
export function createSamlClient(tenant: SamlTenant, options: SamlClientOptions): SAML {
  return new SAML(samlConfigFor(tenant, options));
}

/** The node-saml options we rely on; exported so tests and reviewers can read them in one place. */
export function samlConfigFor(tenant: SamlTenant, options: SamlClientOptions): SamlConfig {
  const { sp, idp } = tenant;
  const signing = sp.signingKey
    ? { privateKey: sp.signingKey.privateKeyPem, publicCert: sp.signingKey.certificatePem }
    : {};
  return {
    issuer: sp.entityId,
    callbackUrl: sp.acsUrl,
    logoutCallbackUrl: sp.sloUrl,
    entryPoint: idp.ssoUrl,
    logoutUrl: idp.sloUrl ?? idp.ssoUrl,
    idpIssuer: idp.entityId,
    idpCert: [...idp.signingCertificates],
    audience: sp.entityId,
    wantAssertionsSigned: idp.wantAssertionsSigned,
    wantAuthnResponseSigned: idp.wantResponseSigned,
    acceptedClockSkewMs: idp.clockSkewMs,
    maxAssertionAgeMs: 0,
    identifierFormat: idp.nameIdFormat,
    disableRequestedAuthnContext: true,
    validateInResponseTo:
      options.validateInResponseTo === 'always' ? ValidateInResponseTo.always : ValidateInResponseTo.never,
    requestIdExpirationPeriodMs: options.requestTtlMs,
    cacheProvider: options.cacheProvider,
    signatureAlgorithm: 'sha256',
    ...signing,
  };
}

import type { SamlConnectionEntity } from './saml-connection.entity';
import type { SamlConnectionModel } from './saml-connection.model';
import type { SamlTenant } from './saml-settings';

/** A stored connection as the API shows it, with the SP endpoints the IdP needs. */
export interface SamlConnectionView extends SamlConnectionModel {
  readonly samlTenant: SamlTenant;
}

export function toSamlConnectionView(
  connection: SamlConnectionEntity,
  samlTenant: SamlTenant,
): SamlConnectionView {
  return {
    tenantId: connection.tenantId,
    idpEntityId: connection.idpEntityId,
    ssoUrl: connection.ssoUrl,
    sloUrl: connection.sloUrl,
    signingCertificates: connection.signingCertificates,
    attributeMapping: samlTenant.idp.attributeMapping,
    allowIdpInitiated: connection.allowIdpInitiated,
    jitProvisioning: connection.jitProvisioning,
    jitDefaultRoles: connection.jitDefaultRoles,
    allowedRedirectUrls: connection.allowedRedirectUrls,
    wantResponseSigned: connection.wantResponseSigned,
    enabled: connection.enabled,
    spEntityId: samlTenant.sp.entityId,
    acsUrl: samlTenant.sp.acsUrl,
    spSloUrl: samlTenant.sp.sloUrl ?? '',
    metadataUrl: samlTenant.sp.entityId,
    samlTenant,
  };
}

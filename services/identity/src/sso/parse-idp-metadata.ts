import { X509Certificate } from 'node:crypto';
import { HTTP_POST_BINDING, HTTP_REDIRECT_BINDING, SAML_METADATA_NS, XMLDSIG_NS } from './saml-namespaces';
import { createIdpSettings, type SamlIdpSettings, type SamlIdpSettingsInput } from './saml-settings';
import { allElements, childElements, parseXmlStrict, textOf } from './saml-xml-guard';
import { SsoInvalidSettingsError } from './sso.errors';

/** What an IdP's metadata tells us; certificates are normalized PEM. */
export interface ParsedIdpMetadata {
  readonly entityId: string;
  /** HTTP-Redirect location when published (what createLoginRequest uses), else HTTP-POST. */
  readonly ssoUrl: string;
  readonly ssoBinding: 'redirect' | 'post';
  readonly sloUrl?: string;
  readonly signingCertificates: readonly string[];
  readonly wantAuthnRequestsSigned: boolean;
  readonly nameIdFormats: readonly string[];
}

export interface ParseIdpMetadataOptions {
  /** Picks one IdP out of an EntitiesDescriptor aggregate. */
  readonly entityId?: string;
}

/** Reads IdP metadata XML. DOCTYPE / ENTITY are rejected before parsing (SsoDtdForbiddenError). */
export function parseIdpMetadata(xml: string, options: ParseIdpMetadataOptions = {}): ParsedIdpMetadata {
  const document = parseXmlStrict(xml);
  const entity = selectIdpEntity(document, options.entityId);
  const entityId = entity.getAttribute('entityID') ?? '';
  const idp = childElements(entity, SAML_METADATA_NS, 'IDPSSODescriptor')[0];
  if (!idp) throw new SsoInvalidSettingsError('metadata has no IDPSSODescriptor');

  const sso = serviceLocations(idp, 'SingleSignOnService');
  const slo = serviceLocations(idp, 'SingleLogoutService');
  const ssoUrl = sso.redirect ?? sso.post;
  if (!ssoUrl)
    throw new SsoInvalidSettingsError('metadata has no HTTP-Redirect or HTTP-POST SingleSignOnService');
  const signingCertificates = signingCertificatesOf(idp);
  if (signingCertificates.length === 0)
    throw new SsoInvalidSettingsError('metadata has no signing certificate');

  return Object.freeze({
    entityId,
    ssoUrl,
    ssoBinding: sso.redirect ? 'redirect' : 'post',
    sloUrl: slo.redirect ?? slo.post,
    signingCertificates,
    wantAuthnRequestsSigned: idp.getAttribute('WantAuthnRequestsSigned') === 'true',
    nameIdFormats: childElements(idp, SAML_METADATA_NS, 'NameIDFormat').map(textOf),
  });
}

/** Metadata plus the tenant's own choices (attribute mapping, JIT, IdP-initiated…) become settings. */
export function idpSettingsFromMetadata(
  metadata: ParsedIdpMetadata,
  choices: Omit<Partial<SamlIdpSettingsInput>, 'entityId' | 'ssoUrl' | 'sloUrl' | 'signingCertificates'> = {},
): SamlIdpSettings {
  return createIdpSettings({
    ...choices,
    entityId: metadata.entityId,
    ssoUrl: metadata.ssoUrl,
    sloUrl: metadata.sloUrl,
    signingCertificates: metadata.signingCertificates,
  });
}

function selectIdpEntity(document: Document, wanted: string | undefined): Element {
  const root = document.documentElement;
  if (root.namespaceURI !== SAML_METADATA_NS) throw new SsoInvalidSettingsError('not SAML 2.0 metadata');
  const candidates = allElements(root).filter(
    (el) =>
      el.namespaceURI === SAML_METADATA_NS &&
      el.localName === 'EntityDescriptor' &&
      childElements(el, SAML_METADATA_NS, 'IDPSSODescriptor').length > 0,
  );
  const matching = wanted ? candidates.filter((el) => el.getAttribute('entityID') === wanted) : candidates;
  if (matching.length === 0) {
    throw new SsoInvalidSettingsError(
      wanted ? `metadata has no IdP ${wanted}` : 'metadata has no IdP entity',
    );
  }
  if (matching.length > 1) {
    throw new SsoInvalidSettingsError(`metadata holds ${matching.length} IdPs; choose one by entityId`);
  }
  const entity = matching[0] as Element;
  if (!entity.getAttribute('entityID')) throw new SsoInvalidSettingsError('EntityDescriptor has no entityID');
  return entity;
}

function serviceLocations(idp: Element, service: string): { redirect?: string; post?: string } {
  const locations: { redirect?: string; post?: string } = {};
  for (const endpoint of childElements(idp, SAML_METADATA_NS, service)) {
    const binding = endpoint.getAttribute('Binding');
    const location = endpoint.getAttribute('Location') ?? undefined;
    if (binding === HTTP_REDIRECT_BINDING) locations.redirect ??= location;
    if (binding === HTTP_POST_BINDING) locations.post ??= location;
  }
  return locations;
}

function signingCertificatesOf(idp: Element): readonly string[] {
  const pems = new Set<string>();
  for (const descriptor of childElements(idp, SAML_METADATA_NS, 'KeyDescriptor')) {
    const use = descriptor.getAttribute('use');
    if (use && use !== 'signing') continue;
    const certificates = allElements(descriptor).filter(
      (el) => el.namespaceURI === XMLDSIG_NS && el.localName === 'X509Certificate',
    );
    for (const element of certificates) pems.add(toPem(textOf(element)));
  }
  return Object.freeze([...pems]);
}

function toPem(base64: string): string {
  const body = base64.replace(/\s+/g, '');
  try {
    return new X509Certificate(Buffer.from(body, 'base64')).toString().trim();
  } catch {
    throw new SsoInvalidSettingsError('metadata holds a signing certificate that is not X.509');
  }
}

import { SamlStatusError } from '@node-saml/node-saml';
import { SsoReplayedError } from './sso.errors';
import { translateSamlError } from './translate-saml-error';

describe('translateSamlError', () => {
  it.each([
    ['Invalid signature', 'SSO.INVALID_SIGNATURE'],
    ['Invalid document signature', 'SSO.INVALID_SIGNATURE'],
    ['Invalid signature: ID cannot refer to more than one element', 'SSO.INVALID_SIGNATURE'],
    ['SAML assertion expired: clocks skewed too much', 'SSO.EXPIRED'],
    ['No valid subject confirmation found among those available in the SAML assertion', 'SSO.EXPIRED'],
    ['SAML assertion not yet valid', 'SSO.NOT_YET_VALID'],
    ['SAML assertion audience mismatch. Expected: a Received: b', 'SSO.AUDIENCE_MISMATCH'],
    ['SAML assertion has no AudienceRestriction', 'SSO.AUDIENCE_MISMATCH'],
    ['InResponseTo is not valid', 'SSO.UNKNOWN_REQUEST'],
    ['InResponseTo does not match subjectInResponseTo', 'SSO.IN_RESPONSE_TO_MISMATCH'],
    ['Unknown SAML issuer. Expected: a Received: b', 'SSO.ISSUER_MISMATCH'],
    ['Bad status code: urn:oasis:names:tc:SAML:2.0:status:Requester', 'SSO.IDP_STATUS'],
    ['Missing SAML assertion', 'SSO.MALFORMED'],
  ])('maps node-saml "%s" to %s', (message, code) => {
    expect(translateSamlError(new Error(message))).toMatchObject({ code, reason: message });
  });

  it('keeps our own errors and maps IdP status errors', () => {
    const replayed = new SsoReplayedError('seen');
    expect(translateSamlError(replayed)).toBe(replayed);
    expect(
      translateSamlError(new SamlStatusError('SAML provider returned Responder error: x', '<Status/>')).code,
    ).toBe('SSO.IDP_STATUS');
    expect(translateSamlError('boom').code).toBe('SSO.MALFORMED');
  });
});

/**
 * SAML single sign-on failures. Every class carries a stable `code` for the edge mapper and a
 * `reason` that is safe to log: it never contains the SAML payload or personal data.
 */
export abstract class SsoError extends Error {
  abstract readonly code: string;

  constructor(readonly reason: string) {
    super(reason);
    this.name = new.target.name;
  }
}

/** No valid signature by a trusted IdP certificate where one is required. */
export class SsoInvalidSignatureError extends SsoError {
  readonly code = 'SSO.INVALID_SIGNATURE';
}

/** The assertion, its conditions or its subject confirmation are past NotOnOrAfter. */
export class SsoExpiredError extends SsoError {
  readonly code = 'SSO.EXPIRED';
}

/** The assertion's NotBefore lies in the future beyond the allowed clock skew. */
export class SsoNotYetValidError extends SsoError {
  readonly code = 'SSO.NOT_YET_VALID';
}

/** The AudienceRestriction does not name this tenant's SP entity id. */
export class SsoAudienceMismatchError extends SsoError {
  readonly code = 'SSO.AUDIENCE_MISMATCH';
}

/** Destination or SubjectConfirmationData Recipient is not this tenant's ACS URL. */
export class SsoRecipientMismatchError extends SsoError {
  readonly code = 'SSO.RECIPIENT_MISMATCH';
}

/** The assertion was issued by another entity than the tenant's IdP. */
export class SsoIssuerMismatchError extends SsoError {
  readonly code = 'SSO.ISSUER_MISMATCH';
}

/** The assertion (or the request it answers, or a logout message) was already used. */
export class SsoReplayedError extends SsoError {
  readonly code = 'SSO.REPLAYED';
}

/** InResponseTo names a request this tenant never issued (or whose lifetime is over). */
export class SsoUnknownRequestError extends SsoError {
  readonly code = 'SSO.UNKNOWN_REQUEST';
}

/** The InResponseTo values of the response and its signed assertion disagree. */
export class SsoInResponseToMismatchError extends SsoError {
  readonly code = 'SSO.IN_RESPONSE_TO_MISMATCH';
}

/** RelayState differs from the one stored with the request. */
export class SsoRelayStateMismatchError extends SsoError {
  readonly code = 'SSO.RELAY_STATE_MISMATCH';
}

/** An IdP-initiated response for a tenant that does not allow IdP-initiated login. */
export class SsoUnsolicitedResponseError extends SsoError {
  readonly code = 'SSO.UNSOLICITED_RESPONSE';
}

/** The XML carries a DOCTYPE, an ENTITY or any other markup declaration. */
export class SsoDtdForbiddenError extends SsoError {
  readonly code = 'SSO.DTD_FORBIDDEN';
}

/** Not decodable, not well-formed, or not shaped like the expected SAML message. */
export class SsoMalformedError extends SsoError {
  readonly code = 'SSO.MALFORMED';
}

/** The IdP answered with a non-success status. */
export class SsoIdpStatusError extends SsoError {
  readonly code = 'SSO.IDP_STATUS';
}

/** A required attribute (the email) is absent from the signed assertion. */
export class SsoMissingAttributeError extends SsoError {
  readonly code = 'SSO.MISSING_ATTRIBUTE';
}

/** Tenant IdP settings or IdP metadata are unusable. */
export class SsoInvalidSettingsError extends SsoError {
  readonly code = 'SSO.INVALID_SETTINGS';
}

/** Single logout was requested but the tenant's IdP has no SLO URL. */
export class SsoLogoutNotSupportedError extends SsoError {
  readonly code = 'SSO.SLO_NOT_CONFIGURED';
}

/** No active tenant with this slug, or its SAML connection is missing or disabled. */
export class SsoConnectionNotFoundError extends SsoError {
  readonly code = 'SSO.CONNECTION_NOT_FOUND';
}

/** The redirect / RelayState is not one of the connection's allow-listed app URLs. */
export class SsoRedirectNotAllowedError extends SsoError {
  readonly code = 'SSO.REDIRECT_NOT_ALLOWED';
}

/** The assertion names nobody we know and the tenant does not provision just in time. */
export class SsoUnknownEmployeeError extends SsoError {
  readonly code = 'SSO.UNKNOWN_EMPLOYEE';
}

/** The employee exists but may not sign in (inactive or erased). */
export class SsoEmployeeInactiveError extends SsoError {
  readonly code = 'SSO.EMPLOYEE_INACTIVE';
}

/** The assertion's employee id and email point at two different employees. */
export class SsoIdentityConflictError extends SsoError {
  readonly code = 'SSO.IDENTITY_CONFLICT';
}

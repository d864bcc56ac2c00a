import { SamlStatusError } from '@node-saml/node-saml';
import {
  SsoAudienceMismatchError,
  SsoError,
  SsoExpiredError,
  SsoIdpStatusError,
  SsoInResponseToMismatchError,
  SsoInvalidSignatureError,
  SsoIssuerMismatchError,
  SsoMalformedError,
  SsoNotYetValidError,
  SsoUnknownRequestError,
} from './sso.errors';

type SsoErrorClass = new (reason: string) => SsoError;

/** node-saml reports failures as plain Errors; these message fragments map them to our codes. */
const RULES: ReadonlyArray<readonly [RegExp, SsoErrorClass]> = [
  [/Bad status code/i, SsoIdpStatusError],
  [
    /signature|Cannot obtain assertion from signed data|ref URI|too many transforms/i,
    SsoInvalidSignatureError,
  ],
  [/not yet valid/i, SsoNotYetValidError],
  [/expired|No valid subject confirmation/i, SsoExpiredError],
  [/audience/i, SsoAudienceMismatchError],
  [/SubjectInResponseTo is not valid|InResponseTo is not valid/i, SsoUnknownRequestError],
  [/InResponseTo/i, SsoInResponseToMismatchError],
  [/issuer/i, SsoIssuerMismatchError],
];

/** Turns whatever node-saml (or our own checks) threw into an SsoError; unknown failures are MALFORMED. */
export function translateSamlError(error: unknown): SsoError {
  if (error instanceof SsoError) return error;
  if (error instanceof SamlStatusError) return new SsoIdpStatusError(firstLine(error.message));
  const message = error instanceof Error ? firstLine(error.message) : 'unknown SAML validation failure';
  const rule = RULES.find(([pattern]) => pattern.test(message));
  const ErrorClass = rule ? rule[1] : SsoMalformedError;
  return new ErrorClass(message);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').slice(0, 300);
}

import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuthorizationCodeStore } from '../auth/authorization-code.store';
import type { SamlLoginProfile } from './map-saml-profile';
import { SamlSubjectSeal } from './saml-subject-seal';

/**
 * Hands a completed SAML login over to the token side: a one-time authorization code that remembers
 * the SAML subject (hashed, to find the family on IdP logout; sealed, to start one ourselves).
 */
@Injectable()
export class SamlLoginHandoff {
  constructor(
    private readonly codes: AuthorizationCodeStore,
    private readonly seal: SamlSubjectSeal,
  ) {}

  issueCode(tenantId: string, employeeId: string, profile: SamlLoginProfile): Promise<string> {
    return this.codes.issue({
      tenantId,
      employeeId,
      samlSubjectHash: samlSubjectHash(profile.issuer, profile.nameId),
      samlSessionIndex: profile.sessionIndex,
      samlNameIdSealed: this.seal.seal(profile),
    });
  }
}

/** Hash of the IdP and NameID a token family was opened for, so single logout can find it. */
export function samlSubjectHash(issuer: string, nameId: string): string {
  return createHash('sha256').update(`${issuer}\n${nameId}`, 'utf8').digest('hex');
}

import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@mentormesh/config';
import type { IdentityConfig } from '../config';
import { KeyEncryption } from '../tokens/key-encryption';

/** Who to name in a LogoutRequest to the IdP. */
export interface SamlSubject {
  readonly nameId: string;
  readonly nameIdFormat: string | null;
}

/**
 * The NameID is personal data (usually the email), so a token family keeps it only encrypted
 * (AES-256-GCM with the service secret) until SP-initiated single logout needs it.
 */
@Injectable()
export class SamlSubjectSeal {
  private readonly encryption: KeyEncryption;

  constructor(@Inject(APP_CONFIG) config: IdentityConfig) {
    this.encryption = new KeyEncryption(`saml-subject:${config.SIGNING_KEY_SECRET}`);
  }

  seal(subject: SamlSubject): string {
    return this.encryption.encrypt(JSON.stringify([subject.nameId, subject.nameIdFormat]));
  }

  open(sealed: string): SamlSubject {
    const [nameId, nameIdFormat] = JSON.parse(this.encryption.decrypt(sealed)) as [string, string | null];
    return { nameId, nameIdFormat };
  }
}

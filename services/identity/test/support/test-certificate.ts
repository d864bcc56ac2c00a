import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestKeyPair {
  readonly privateKeyPem: string;
  readonly certificatePem: string;
}

/**
 * A fresh RSA-2048 key pair (node:crypto) and a self-signed X.509 certificate for it. node:crypto cannot
 * issue certificates and no X.509 builder is installed, so the certificate comes from the openssl CLI.
 */
export function createTestKeyPair(commonName: string): TestKeyPair {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const dir = mkdtempSync(join(tmpdir(), 'mm-saml-cert-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    writeFileSync(keyFile, privateKeyPem, { mode: 0o600 });
    execFileSync(
      'openssl',
      [
        'req',
        '-new',
        '-x509',
        '-key',
        keyFile,
        '-out',
        certFile,
        '-days',
        '2',
        '-sha256',
        '-subj',
        `/CN=${commonName}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { privateKeyPem, certificatePem: readFileSync(certFile, 'utf8').trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

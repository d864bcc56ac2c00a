import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, JWK, KeyLike } from 'jose';

export interface TestIssuer {
  readonly jwksUrl: string;
  readonly issuer: string;
  readonly audience: string;
  sign(
    claims: { sub?: string; tid: string; roles: string[] },
    options?: { expiresIn?: string; kid?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

/** A real RS256 issuer with a JWKS endpoint on 127.0.0.1, for testing one service without identity. */
export async function startTestIssuer(
  issuer = 'mentormesh-identity',
  audience = 'mentormesh',
): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomUUID();
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    issuer,
    audience,
    sign: (claims, options = {}) =>
      signWith(privateKey, options.kid ?? kid, issuer, audience, claims, options.expiresIn ?? '15m'),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function signWith(
  key: KeyLike,
  kid: string,
  issuer: string,
  audience: string,
  claims: { sub?: string; tid: string; roles: string[] },
  expiresIn: string,
): Promise<string> {
  return new SignJWT({ tid: claims.tid, roles: claims.roles })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setSubject(claims.sub ?? randomUUID())
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}

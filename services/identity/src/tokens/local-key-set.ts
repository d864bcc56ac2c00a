import { JWTVerifyGetKey, createLocalJWKSet } from 'jose';
import { KeyStore } from './key-store';

/** Identity verifies its own tokens against its key store, refreshed every 30 s or on an unknown kid. */
export function localKeySet(store: KeyStore): JWTVerifyGetKey {
  let cached: { keys: JWTVerifyGetKey; at: number; kids: Set<string> } | undefined;
  return async (header, token) => {
    const age = cached ? Date.now() - cached.at : Infinity;
    // An unknown kid refreshes at most every 5 s, so forged kids cannot hammer the database.
    const stale = age > 30_000 || (header.kid !== undefined && !cached!.kids.has(header.kid) && age > 5_000);
    if (stale) {
      const keys = await store.publishedKeys();
      cached = {
        keys: createLocalJWKSet({ keys }),
        at: Date.now(),
        kids: new Set(keys.map((k) => String(k.kid))),
      };
    }
    return cached!.keys(header, token);
  };
}

import { hashSecret, newFeedToken, parseFeedToken } from './feed-token';

describe('private calendar feed tokens', () => {
  const tenantId = '3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9b';

  it('carries the tenant and a 256-bit secret, and only the hash of the secret is kept', () => {
    const { token, hash } = newFeedToken(tenantId);
    const parsed = parseFeedToken(token);
    expect(parsed?.tenantId).toBe(tenantId);
    expect(parsed!.secret).toHaveLength(43);
    expect(hashSecret(parsed!.secret).equals(hash)).toBe(true);
    expect(hash.toString('utf8')).not.toContain(parsed!.secret);
  });

  it('never issues the same token twice', () => {
    expect(newFeedToken(tenantId).token).not.toBe(newFeedToken(tenantId).token);
  });

  it.each([
    ['empty', ''],
    ['too short', '3f2b8c1e9a4d4e7f8b210c5d6e7f8a9bshort'],
    ['not hex tenant', `zz${'0'.repeat(30)}${'A'.repeat(43)}`],
    ['path characters', `${'0'.repeat(32)}${'A'.repeat(42)}/`],
  ])('refuses a malformed token (%s)', (_case, token) => {
    expect(parseFeedToken(token)).toBeNull();
  });
});

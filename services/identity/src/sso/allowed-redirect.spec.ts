import { allowedRedirect } from './allowed-redirect';

describe('allowedRedirect', () => {
  const allowed = ['https://app.acme.example/sso/callback', 'https://admin.acme.example/'];

  it('returns the first allowed URL when nothing was requested', () => {
    expect(allowedRedirect(allowed, null)).toBe('https://app.acme.example/sso/callback');
    expect(allowedRedirect([], null)).toBeNull();
  });

  it('accepts an allow-listed URL, also written differently', () => {
    expect(allowedRedirect(allowed, 'https://ADMIN.acme.example')).toBe('https://admin.acme.example/');
  });

  it.each([
    'https://evil.example/sso/callback',
    'https://app.acme.example/sso/callback/../../steal',
    'https://app.acme.example.evil.example/sso/callback',
    'https://app.acme.example/sso/callback?next=https://evil.example',
    'https://user:pw@app.acme.example/sso/callback',
    'javascript:alert(1)',
    '//evil.example',
    'not a url',
  ])('refuses %s', (requested) => {
    expect(allowedRedirect(allowed, requested)).toBeNull();
  });
});

import { JitsiVideoLinkProvider } from './jitsi-video-link.provider';

describe('JitsiVideoLinkProvider', () => {
  const provider = new JitsiVideoLinkProvider('https://meet.jit.si/');
  const request = { tenantId: 't-1', sessionId: 's-1', tenantBaseUrl: null };

  it('builds a stable room link on the default base URL that does not reveal the session id', async () => {
    const url = await provider.roomUrl(request);
    expect(url).toMatch(/^https:\/\/meet\.jit\.si\/MentorMesh-[0-9a-f]{20}$/);
    expect(url).not.toContain('s-1');
    expect(await provider.roomUrl(request)).toBe(url);
    expect(await provider.roomUrl({ ...request, sessionId: 's-2' })).not.toBe(url);
  });

  it("uses the tenant's own base URL when it has one", async () => {
    const url = await provider.roomUrl({ ...request, tenantBaseUrl: 'https://video.acme.example/rooms' });
    expect(url.startsWith('https://video.acme.example/rooms/MentorMesh-')).toBe(true);
  });
});

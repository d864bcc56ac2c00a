/**
 * The allow-listed URL a login may return to: `requested` when it equals (after URL normalization) one
 * of the connection's allowed URLs, the first allowed URL when nothing was requested, else null.
 */
export function allowedRedirect(allowed: readonly string[], requested: string | null): string | null {
  if (requested === null || requested === '') return allowed[0] ?? null;
  const wanted = normalize(requested);
  if (wanted === null) return null;
  return allowed.find((url) => normalize(url) === wanted) ?? null;
}

function normalize(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password) return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

import { ScimProtocolError } from './scim.errors';
import { MAX_PAGE } from './scim-schemas';

/** `W/"3"`, `"3"` or `3` → 3; `*` or absent → undefined (no precondition). */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header);
  if (!match) throw new ScimProtocolError(412, undefined, 'If-Match: not a version of this resource');
  return Number(match[1]);
}

function integer(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw new ScimProtocolError(400, 'invalidValue', `${name}: must be an integer`);
  return Number(raw);
}

/** RFC 7644 §3.4.2.4: startIndex below 1 means 1, count below 0 means 0, capped at the maximum. */
export function parsePaging(startIndex?: string, count?: string): { startIndex: number; count: number } {
  return {
    startIndex: Math.max(1, integer('startIndex', startIndex, 1)),
    count: Math.min(MAX_PAGE, Math.max(0, integer('count', count, 100))),
  };
}

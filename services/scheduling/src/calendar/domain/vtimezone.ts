import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const WEEK_MS = 7 * 86_400_000;

interface Observance {
  readonly onsetMs: number;
  readonly from: number;
  readonly to: number;
}

/**
 * A VTIMEZONE component for `zone` covering the years [fromYear, toYear], built from Luxon's
 * zone data: one observance per actual offset change (no RRULE guessing), preceded by one that
 * anchors the offset on 1 January of `fromYear`. Outlook needs this to place TZID times;
 * parsers that know IANA names (node-ical, Google) use the TZID directly.
 */
export function buildVtimezone(zone: string, fromYear: number, toYear: number): string {
  const start = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone }).toMillis();
  const end = DateTime.fromObject({ year: toYear + 1, month: 1, day: 1 }, { zone }).toMillis();
  const tz = IANAZone.create(zone);
  const initial = tz.offset(start);
  const observances: Observance[] = [
    { onsetMs: start, from: initial, to: initial },
    ...transitions(tz, start, end),
  ];
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  for (const o of observances) lines.push(...observanceLines(zone, o));
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/** Offset changes in [start, end): weekly probes, then a minute-resolution binary search. */
function transitions(tz: IANAZone, start: number, end: number): Observance[] {
  const found: Observance[] = [];
  for (let probe = start; probe < end; probe += WEEK_MS) {
    const next = Math.min(probe + WEEK_MS, end);
    const from = tz.offset(probe);
    const to = tz.offset(next);
    if (from !== to) found.push({ onsetMs: findChange(tz, probe, next, to), from, to });
  }
  return found;
}

function findChange(tz: IANAZone, lo: number, hi: number, after: number): number {
  let low = lo;
  let high = hi;
  while (high - low > MINUTE_MS) {
    const mid = low + Math.floor((high - low) / (2 * MINUTE_MS)) * MINUTE_MS;
    if (tz.offset(mid) === after) high = mid;
    else low = mid;
  }
  return high;
}

function observanceLines(zone: string, o: Observance): string[] {
  const kind = DateTime.fromMillis(o.onsetMs, { zone }).isInDST ? 'DAYLIGHT' : 'STANDARD';
  const onsetLocal = DateTime.fromMillis(o.onsetMs, { zone: FixedOffsetZone.instance(o.from) });
  return [
    `BEGIN:${kind}`,
    `DTSTART:${onsetLocal.toFormat("yyyyMMdd'T'HHmmss")}`,
    `TZOFFSETFROM:${FixedOffsetZone.instance(o.from).formatOffset(0, 'techie')}`,
    `TZOFFSETTO:${FixedOffsetZone.instance(o.to).formatOffset(0, 'techie')}`,
    `END:${kind}`,
  ];
}

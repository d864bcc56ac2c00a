/**
 * Slot-search benchmarks (figures only, no assertions):
 *   npx ts-node --transpile-only bench/scheduling/slots.bench.ts
 * 1. one mentor, 60 days: realistic rules + overrides + time off, 200 sessions, 500-event busy feed;
 * 2. common slots for 10 participants in 6 zones over 14 days;
 * plus the cost of expanding the 500-event feed and of the booking-time re-check.
 */
import { DateTime } from 'luxon';
import {
  availableSlots,
  AvailabilityRules,
  BusyBlock,
  commonSlots,
  ExistingSession,
  isSlotBookable,
  Participant,
  summarizeAvailability,
} from '../../services/scheduling/src/availability/domain';
import { busyBlocksFromIcs } from '../../services/scheduling/src/calendar/feed';

const NOW = new Date('2026-03-02T07:00:00Z');
const DAY_MS = 86_400_000;

function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mentorRules(timeZone: string): AvailabilityRules {
  return {
    timeZone,
    weekly: [
      { weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '12:00' },
      { weekdays: [1, 2, 4], start: '13:00', end: '17:30' },
      { weekdays: [3], start: '14:00', end: '18:00' },
    ],
    overrides: [
      ...['2026-03-06', '2026-03-20', '2026-04-03', '2026-04-06', '2026-04-17'].map((date) => ({
        date,
        kind: 'blocked' as const,
      })),
      ...['2026-03-07', '2026-03-21', '2026-04-11'].map((date) => ({
        date,
        kind: 'extra' as const,
        ranges: [{ start: '10:00', end: '12:00' }],
      })),
      {
        date: '2026-03-25',
        kind: 'replace',
        ranges: [
          { start: '07:30', end: '09:00' },
          { start: '18:00', end: '20:00' },
        ],
      },
    ],
    timeOff: [{ start: '2026-04-20T00:00:00Z', end: '2026-04-25T00:00:00Z' }],
    bufferBeforeMinutes: 10,
    bufferAfterMinutes: 5,
    minimumNoticeMinutes: 240,
    horizonDays: 90,
    maxSessionsPerDay: 8,
    maxSessionsPerWeek: 30,
    sessionLengths: [15, 30, 45, 60],
    slotGranularityMinutes: 15,
  };
}

interface Spread {
  readonly count: number;
  /** Days from NOW (negative: the past, as feeds keep history). */
  readonly fromDay: number;
  readonly toDay: number;
  readonly minutes: readonly [number, number];
}

/** Events at random weekday working-hour times (08:00–18:00 local to `zone`). */
function randomTimes(rand: () => number, zone: string, spread: Spread): BusyBlock[] {
  const today = DateTime.fromJSDate(NOW, { zone }).startOf('day');
  const result: BusyBlock[] = [];
  while (result.length < spread.count) {
    const day = today.plus({ days: spread.fromDay + Math.floor(rand() * (spread.toDay - spread.fromDay)) });
    if (day.weekday > 5) continue;
    const start = day.set({ hour: 8 + Math.floor(rand() * 10), minute: Math.floor(rand() * 4) * 15 });
    const length = spread.minutes[0] + Math.floor(rand() * (spread.minutes[1] - spread.minutes[0]));
    result.push({
      start: start.toUTC().toISO() ?? '',
      end: start.plus({ minutes: length }).toUTC().toISO() ?? '',
    });
  }
  return result;
}

/**
 * Weekly series with an EXDATE: half are recent (COUNT=10 from March 2026), half are standing
 * meetings created in 2019 without an end, as real calendars accumulate them.
 */
function weeklySeries(i: number): string[] {
  const hour = String(8 + (i % 9)).padStart(2, '0');
  const day = String(9 + (i % 5)).padStart(2, '0');
  const skipped = String(16 + (i % 5)).padStart(2, '0');
  const standing = i >= 20;
  const first = standing ? `201901${String(7 + (i % 5)).padStart(2, '0')}` : `202603${day}`;
  return [
    'BEGIN:VEVENT',
    `UID:series-${i}`,
    `SUMMARY:Series ${i}`,
    `DTSTART;TZID=Europe/Berlin:${first}T${hour}0000`,
    `DTEND;TZID=Europe/Berlin:${first}T${hour}3000`,
    standing ? 'RRULE:FREQ=WEEKLY' : 'RRULE:FREQ=WEEKLY;COUNT=10',
    `EXDATE;TZID=Europe/Berlin:202603${skipped}T${hour}0000`,
    'END:VEVENT',
  ];
}

/** A 500-event ICS feed: 460 single events and 40 weekly series. */
function busyFeed(rand: () => number): string {
  const stamp = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//EN'];
  randomTimes(rand, 'Europe/Berlin', { count: 460, fromDay: -60, toDay: 60, minutes: [30, 60] }).forEach(
    (b, i) => {
      lines.push(
        'BEGIN:VEVENT',
        `UID:single-${i}`,
        `SUMMARY:Busy ${i}`,
        `DTSTART:${stamp(b.start)}`,
        `DTEND:${stamp(b.end)}`,
        'END:VEVENT',
      );
    },
  );
  for (let i = 0; i < 40; i++) lines.push(...weeklySeries(i));
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

function measure(name: string, runs: number, work: () => number): void {
  for (let i = 0; i < Math.min(20, runs); i++) work();
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    size = work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number): string =>
    times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(2);
  console.log(
    `${name.padEnd(58)} runs=${runs}  p50=${pct(50)} ms  p95=${pct(95)} ms  max=${pct(100)} ms  (${size} results)`,
  );
}

function main(): void {
  const rand = prng(42);
  const feed = busyFeed(rand);
  const window = { start: NOW.getTime(), end: NOW.getTime() + 60 * DAY_MS };
  const busy = busyBlocksFromIcs(feed, { window, defaultZone: 'Europe/Berlin', maxBlocks: 10_000 });
  const sessions: ExistingSession[] = randomTimes(rand, 'Europe/Berlin', {
    count: 200,
    fromDay: 0,
    toDay: 60,
    minutes: [15, 60],
  });
  const mentor = { rules: mentorRules('Europe/Berlin'), sessions, busy };
  const window60 = { from: NOW.toISOString(), to: new Date(window.end).toISOString() };
  console.log(
    `node ${process.version}; feed: ${feed.length} bytes, 500 VEVENTs → ${busy.length} merged busy blocks in 60 days`,
  );

  measure(
    'feed: parse + expand 500-event ICS (60 days)',
    100,
    () => busyBlocksFromIcs(feed, { window, defaultZone: 'Europe/Berlin', maxBlocks: 10_000 }).length,
  );
  measure(
    'availableSlots: 1 mentor, 60 days, 200 sessions, 500 busy',
    500,
    () => availableSlots({ ...mentor, length: 30, window: window60 }, NOW).length,
  );
  const offered = availableSlots({ ...mentor, length: 30, window: window60 }, NOW);
  const request = { start: offered[Math.floor(offered.length / 2)].start, length: 30 };
  measure('isSlotBookable: re-check of an offered slot at booking time', 500, () =>
    isSlotBookable(mentor, request, NOW).bookable ? 1 : 0,
  );
  measure(
    'summarizeAvailability: 1 mentor, 8 weeks',
    300,
    () => summarizeAvailability(mentor, { weeks: 8 }, NOW).days.length,
  );

  const zones = [
    'Europe/Berlin',
    'Europe/London',
    'America/New_York',
    'Europe/Helsinki',
    'Europe/Lisbon',
    'America/Toronto',
  ];
  const participants: Participant[] = Array.from({ length: 10 }, (_, i) => {
    const zone = zones[i % zones.length];
    const rules = {
      ...mentorRules(zone),
      weekly: [{ weekdays: [1, 2, 3, 4, 5] as const, start: '07:00', end: '20:00' }],
      overrides: [],
      timeOff: [],
    };
    return {
      participantId: `p${i}`,
      rules,
      sessions: randomTimes(rand, zone, { count: 8, fromDay: 0, toDay: 14, minutes: [15, 45] }),
      busy: randomTimes(rand, zone, { count: 20, fromDay: 0, toDay: 14, minutes: [30, 60] }),
    };
  });
  const window14 = { from: NOW.toISOString(), to: new Date(NOW.getTime() + 14 * DAY_MS).toISOString() };
  measure(
    'commonSlots: 10 participants, 6 zones, 14 days',
    500,
    () => commonSlots(participants, 30, window14, NOW).length,
  );
}

main();

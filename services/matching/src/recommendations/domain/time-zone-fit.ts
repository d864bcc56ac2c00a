/** Length of a working day assumed in both time zones (09:00–17:00 local). */
export const WORKING_DAY_MINUTES = 8 * 60;

/** Working minutes two people share per day given their UTC offsets (circular difference). */
export function sharedWorkingMinutes(offsetA: number, offsetB: number): number {
  const raw = Math.abs(offsetA - offsetB) % 1440;
  const difference = Math.min(raw, 1440 - raw);
  return Math.max(0, WORKING_DAY_MINUTES - difference);
}

/** Time-zone component in [0, 1]: shared working time / working day. */
export function timeZoneFit(offsetA: number, offsetB: number): number {
  return sharedWorkingMinutes(offsetA, offsetB) / WORKING_DAY_MINUTES;
}

import type { PreparedRotation } from './prepared-rotation';

/** Fits become integers (4 decimals) so the flow arithmetic is exact even for the largest events. */
export const FIT_SCALE = 10_000;

/** Integer cost of a meeting: smaller for a better fit, never negative. */
export function meetingCost(prepared: PreparedRotation, cell: number): number {
  return Math.round(prepared.maxFit * FIT_SCALE) - Math.round(prepared.fit[cell] * FIT_SCALE);
}

/** A sit-out costs more than all meetings of `units` participant-rounds could gain together. */
export function sitOutCost(prepared: PreparedRotation, units: number): number {
  return (units + 1) * (Math.round(prepared.maxFit * FIT_SCALE) + 1);
}

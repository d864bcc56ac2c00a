/** Scores become integers in [0, SCORE_SCALE] so the solver's arithmetic is exact. */
export const SCORE_SCALE = 1_000_000;

export function quantizeScore(score: number): number {
  return Math.round(score * SCORE_SCALE);
}

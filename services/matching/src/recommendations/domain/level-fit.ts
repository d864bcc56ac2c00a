/**
 * How well a skill level (1..5) serves a wanted minimum level (1..5), in [0, 1].
 * Meeting the minimum gives at least 0.6 and rises with expertise (level 5 → 1.0);
 * below the minimum it falls proportionally (level 2 for wanted 4 → 0.3).
 */
export function levelFit(level: number, minLevel: number): number {
  return level >= minLevel ? 0.6 + 0.08 * level : (0.6 * level) / minLevel;
}

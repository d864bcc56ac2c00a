/** Bounds for request input; violations are reported as validation errors naming the field. */
export const RECOMMENDATION_LIMITS = Object.freeze({
  minK: 1,
  maxK: 100,
  minDurationMinutes: 5,
  maxDurationMinutes: 240,
  maxSkills: 20,
  maxTopics: 30,
  minLevel: 1,
  maxLevel: 5,
  /** ASK_NOW: a mentor must be able to start within this many minutes. */
  askNowHorizonMinutes: 30,
});

export const MINUTE_MS = 60_000;

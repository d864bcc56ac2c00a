/** The score components, in the fixed order used for summing and for every breakdown. */
export const SCORE_COMPONENTS = [
  'skill',
  'topic',
  'text',
  'availability',
  'timeZone',
  'language',
  'quality',
  'load',
  'crossDepartment',
] as const;

export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

/** One value in [0, 1] per component. */
export type ComponentValues = Readonly<Record<ScoreComponent, number>>;

import type { ScoreComponent } from './score-component';

/** One line of a score explanation. `contribution = weight × value`; contributions sum to the score. */
export interface ScoreBreakdownEntry {
  readonly component: ScoreComponent;
  /** Effective weight for this request (tenant weight / sum of applicable weights). */
  readonly weight: number;
  /** How well the mentor does on this component, in [0, 1]. */
  readonly value: number;
  readonly contribution: number;
  /** The same fact in words, e.g. "Kubernetes level 4 (wanted 3+)". */
  readonly explanation: string;
}

export interface RankedMentor {
  readonly mentorId: string;
  /** 1-based position. */
  readonly rank: number;
  /** In [0, 1]; ties are ordered by mentor id. */
  readonly score: number;
  readonly breakdown: readonly ScoreBreakdownEntry[];
}

export interface RecommendationResult {
  readonly mentors: readonly RankedMentor[];
  /** Mentors fully scored to produce the answer (diagnostics only). */
  readonly scoredCount: number;
}

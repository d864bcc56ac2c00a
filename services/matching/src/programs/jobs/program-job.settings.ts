export const PROGRAM_JOB_SETTINGS = Symbol('PROGRAM_JOB_SETTINGS');

export interface ProgramJobSettings {
  /** How long a claimed job stays this instance's without a heartbeat. */
  readonly leaseMs: number;
  /** How often an idle runner looks for work (it is also woken right after a run is queued). */
  readonly idleMs: number;
  /** Attempts before a run that keeps failing unexpectedly is marked FAILED. */
  readonly maxAttempts: number;
  /** Wait before a job that failed unexpectedly is tried again. */
  readonly retryDelayMs: number;
}

export const DEFAULT_PROGRAM_JOB_SETTINGS: ProgramJobSettings = Object.freeze({
  leaseMs: 30_000,
  idleMs: 2_000,
  maxAttempts: 3,
  retryDelayMs: 5_000,
});

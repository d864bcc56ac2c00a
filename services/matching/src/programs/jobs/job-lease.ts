/** This instance's hold on a claimed job; lost when a heartbeat finds another holder. */
export interface JobLease {
  readonly owner: string;
  isLost(): boolean;
}

/** The lease was lost (e.g. the instance stalled past it): another instance now owns the job. */
export class LeaseLostError extends Error {
  constructor(runId: string) {
    super(`lease on program run ${runId} was lost`);
    this.name = 'LeaseLostError';
  }
}

export interface ConfigIssue {
  readonly variable: string;
  readonly problem: string;
}

/** Thrown when the environment does not satisfy a service's schema. Never carries values, only names. */
export class ConfigError extends Error {
  readonly code = 'CONFIG.INVALID';

  constructor(
    readonly service: string,
    readonly issues: readonly ConfigIssue[],
  ) {
    super(
      `${service}: invalid configuration\n` + issues.map((i) => `  - ${i.variable}: ${i.problem}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

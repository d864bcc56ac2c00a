import { z } from 'zod';
import { ConfigError, ConfigIssue } from './config.errors';

/** Injection token under which every service registers its frozen, typed configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}

/**
 * Validates the environment against a flat schema whose keys are variable names.
 * Every bad or missing variable is reported at once; values are never echoed (they may be secrets).
 */
export function loadConfig<S extends z.ZodRawShape>(
  service: string,
  shape: S,
  env: NodeJS.ProcessEnv = process.env,
): DeepReadonly<z.infer<z.ZodObject<S>>> {
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    const issues: ConfigIssue[] = result.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? '(root)'),
      problem:
        issue.code === 'invalid_type' && issue.received === 'undefined' ? 'is required' : issue.message,
    }));
    throw new ConfigError(service, issues);
  }
  return deepFreeze(result.data);
}

/** Runs `loadConfig` at process start: on failure prints the named problems and exits non-zero. */
export function loadConfigOrExit<S extends z.ZodRawShape>(
  service: string,
  shape: S,
  env: NodeJS.ProcessEnv = process.env,
): DeepReadonly<z.infer<z.ZodObject<S>>> {
  try {
    return loadConfig(service, shape, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

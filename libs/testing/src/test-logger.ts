/** A structured logger for tests: silent unless MM_TEST_LOGS=1, records warnings so tests can assert on them. */
export interface RecordingLogger {
  readonly warnings: { fields: object; message: string }[];
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export function recordingLogger(): RecordingLogger {
  const verbose = process.env.MM_TEST_LOGS === '1';
  const print = (level: string) => (fields: object, message: string) => {
    if (verbose) process.stderr.write(`${level} ${message} ${JSON.stringify(fields)}\n`);
  };
  const warnings: { fields: object; message: string }[] = [];
  return {
    warnings,
    debug: print('debug'),
    info: print('info'),
    warn: (fields, message) => {
      warnings.push({ fields, message });
      print('warn')(fields, message);
    },
    error: (fields, message) => {
      warnings.push({ fields, message });
      print('error')(fields, message);
    },
  };
}

/** Something a loop runs; returns how much work it did (for logs). */
export type LoopWork = () => Promise<number>;

interface LoopLogger {
  warn(fields: object, message: string): void;
}

/**
 * Runs `work` every `intervalMs` without overlap (the next run waits for the previous), skipping ticks
 * while `ready()` is false (e.g. the database is not connected yet); stopped on shutdown. Correctness
 * never depends on the loop: rows are claimed with SKIP LOCKED, so any number of instances may run it,
 * and an interval of 0 leaves it to be driven by hand (tests).
 */
export class IntervalLoop {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly work: LoopWork,
    private readonly log: LoopLogger,
    private readonly ready: () => boolean = () => true,
  ) {}

  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    if (this.running || !this.ready()) return;
    this.running = this.work()
      .catch((err: unknown) => this.log.warn({ err, loop: this.name }, 'scheduled work failed, will retry'))
      .finally(() => {
        this.running = undefined;
      });
  }
}

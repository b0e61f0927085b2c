/**
 * Keeps previews out of an analysis's way in a mesh pool: a model's analysis is what a shopper or a
 * partner is waiting for, its preview only a picture. A preview starts only when no analysis is
 * under way and a thread is free, so it never waits in the pool's queue where an analysis that
 * comes later would find it ahead; and an analysis, which runs as several tasks in a row (parse and
 * analyse, the thickness parts, their sum), never finds a preview started between two of them.
 * A preview already running is not stopped.
 */
export class PreviewGate {
  private tasksRunning = 0;
  private analysesUnderWay = 0;
  private readonly waitingPreviews: Array<() => void> = [];

  constructor(private readonly threads: number) {}

  /** Runs one of an analysis's tasks in the pool, counted against its threads. */
  async task<T>(run: () => Promise<T>): Promise<T> {
    this.tasksRunning++;
    try {
      return await run();
    } finally {
      this.tasksRunning--;
      this.releasePreviews();
    }
  }

  /** Runs a whole analysis (its tasks go through `task`). */
  async analysis<T>(run: () => Promise<T>): Promise<T> {
    this.analysesUnderWay++;
    try {
      return await run();
    } finally {
      this.analysesUnderWay--;
      this.releasePreviews();
    }
  }

  /** Runs a preview when its turn comes: its thread is reserved from then until it ends. */
  async preview<T>(run: () => Promise<T>): Promise<T> {
    if (this.waitingPreviews.length === 0 && this.previewMayStart()) this.tasksRunning++;
    else await new Promise<void>((resolve) => this.waitingPreviews.push(resolve));
    try {
      return await run();
    } finally {
      this.tasksRunning--;
      this.releasePreviews();
    }
  }

  private previewMayStart(): boolean {
    return this.analysesUnderWay === 0 && this.tasksRunning < this.threads;
  }

  private releasePreviews(): void {
    while (this.waitingPreviews.length > 0 && this.previewMayStart()) {
      this.tasksRunning++;
      this.waitingPreviews.shift()!();
    }
  }
}

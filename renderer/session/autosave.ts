// "No edit lost": an article's work is written one second after typing stops, and at
// once when the page is hidden, the app quits or another article is about to be shown.
// Writes are chained so a slow write never lands after a newer one.

export const AUTOSAVE_DELAY_MS = 1000;

export class Autosave<T> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();
  private writing = 0;

  constructor(
    private readonly take: () => T | null,
    private readonly write: (snapshot: T) => Promise<void>,
    private readonly onWritten: (snapshot: T, error?: unknown) => void,
  ) {}

  /** Restart the one-second quiet period. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Something is not on disk yet: a write waits for its quiet period or is under way. */
  get isPending(): boolean {
    return this.timer !== undefined || this.writing > 0;
  }

  /** Write now (and cancel the scheduled write). Resolves when it is done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const snapshot = this.take();
    if (snapshot === null) return this.chain;
    this.writing++;
    this.chain = this.chain.then(() =>
      this.write(snapshot).then(
        () => {
          this.writing--;
          this.onWritten(snapshot);
        },
        (error: unknown) => {
          this.writing--;
          this.onWritten(snapshot, error);
        },
      ),
    );
    return this.chain;
  }
}

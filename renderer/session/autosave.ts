// "No edit lost": the session is written to the host's autosave slot one second after
// typing stops, and at once when the page is hidden or the app quits. Writes are
// chained so a slow write never lands after a newer one.
import type { Host, SessionSnapshot } from '../host/host';

export const AUTOSAVE_DELAY_MS = 1000;

export class Autosave {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: Host,
    private readonly takeSnapshot: () => SessionSnapshot | null,
    private readonly onWritten: (snapshot: SessionSnapshot, error?: unknown) => void,
  ) {}

  /** Restart the one-second quiet period. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  get isScheduled(): boolean {
    return this.timer !== undefined;
  }

  /** Write now (pagehide, quit, Save session). Resolves when the write is done. */
  flush(overrides: Partial<SessionSnapshot> = {}): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const base = this.takeSnapshot();
    if (!base) return this.chain;
    const snapshot = { ...base, ...overrides };
    this.chain = this.chain.then(
      () => this.host.writeAutosave(snapshot).then(
        () => this.onWritten(snapshot),
        (error: unknown) => this.onWritten(snapshot, error),
      ),
    );
    return this.chain;
  }
}

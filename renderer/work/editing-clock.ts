// Active editing time, as post-editing studies measure it: time between two moments of
// activity (typing, moving the cursor, selecting) counts when they are less than
// IDLE_LIMIT_MS apart; a longer pause counts nothing (the editor was away or reading
// elsewhere).
export const IDLE_LIMIT_MS = 30_000;

export class EditingClock {
  private total = 0;
  private last: number | undefined;

  /** Start from an article's saved time; the next activity opens a new stretch. */
  reset(totalMs: number): void {
    this.total = totalMs;
    this.last = undefined;
  }

  activity(now: number = performance.now()): void {
    if (this.last !== undefined) {
      const gap = now - this.last;
      if (gap > 0 && gap <= IDLE_LIMIT_MS) this.total += gap;
    }
    this.last = now;
  }

  get ms(): number {
    return this.total;
  }
}

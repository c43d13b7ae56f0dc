// The progress line a batch draws on stderr when a person is watching (a TTY); redrawn in
// place with \r, at most every 50 ms, and erased before the summary is printed.

const BAR_WIDTH = 24;
const LINE_WIDTH = 79;
const REDRAW_MS = 50;

export interface ProgressLine {
  update(done: number, lastFile: string): void;
  clear(): void;
}

export function renderProgress(done: number, total: number, lastFile: string): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const head = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} `;
  const room = LINE_WIDTH - head.length;
  const name = lastFile.length > room ? `…${lastFile.slice(lastFile.length - room + 1)}` : lastFile;
  return head + name;
}

export function progressLine(write: (text: string) => void, total: number, now: () => number = Date.now): ProgressLine {
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done, lastFile) {
      const time = now();
      if (done < total && time - lastDraw < REDRAW_MS) return;
      lastDraw = time;
      drawn = true;
      write(`\r\x1b[K${renderProgress(done, total, lastFile)}`);
    },
    clear() {
      if (drawn) write('\r\x1b[K');
    },
  };
}

/** No terminal: nothing drawn (logs and pipes get only the summary). */
export const NO_PROGRESS: ProgressLine = { update() {}, clear() {} };

// The cells of a banded alignment DP: paragraph alignments (MT with post-edit, source
// with MT) only consider paths near the diagonal, so their cost grows with the number of
// paragraphs, not its square.

/** The DP cells within `halfWidth` paragraphs of the diagonal from (0, 0) to (a, b), stored row
 *  by row. Widened by the slope so consecutive rows always overlap (a path exists). */
export class Band {
  private readonly lows: Int32Array;
  private readonly highs: Int32Array;
  private readonly offsets: Int32Array;
  readonly size: number;

  constructor(a: number, b: number, halfWidth: number) {
    const width = halfWidth + Math.ceil(b / a);
    this.lows = new Int32Array(a + 1);
    this.highs = new Int32Array(a + 1);
    this.offsets = new Int32Array(a + 1);
    let size = 0;
    for (let i = 0; i <= a; i++) {
      const centre = (i * b) / a;
      this.lows[i] = Math.max(0, Math.floor(centre) - width);
      this.highs[i] = Math.min(b, Math.ceil(centre) + width);
      this.offsets[i] = size;
      size += this.highs[i]! - this.lows[i]! + 1;
    }
    this.size = size;
  }

  low(i: number): number {
    return this.lows[i]!;
  }

  high(i: number): number {
    return this.highs[i]!;
  }

  /** Flat index of cell (i, j), or -1 outside the band. */
  index(i: number, j: number): number {
    if (j < this.lows[i]! || j > this.highs[i]!) return -1;
    return this.offsets[i]! + j - this.lows[i]!;
  }
}

/** `count` consecutive indices from `start`: a group's paragraphs. */
export function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

// Roving-focus lists (suggestions, quality checks) move with the same keys.

/** The row a navigation key moves to (clamped), or undefined for any other key. */
export function navigationTarget(key: string, index: number, count: number): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

// The keys every list of the window moves with (renderer/ui/list/keyboard-list.ts).

/** The row a navigation key moves to (clamped), or undefined for any other key.
 *  `page`: rows a PageUp / PageDown moves by (about a screenful). */
export function navigationTarget(key: string, index: number, count: number, page = 10): number | undefined {
  const last = count - 1;
  if (count <= 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'PageDown':
      return Math.min(last, index + Math.max(1, page));
    case 'PageUp':
      return Math.max(0, index - Math.max(1, page));
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

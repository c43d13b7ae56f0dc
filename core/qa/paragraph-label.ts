/** "¶3" or "¶3–4" for consecutive 0-based paragraph indices (shown 1-based). */
export function paragraphLabel(indices: readonly number[]): string {
  const first = indices[0]! + 1;
  const last = indices[indices.length - 1]! + 1;
  return first === last ? `¶${first}` : `¶${first}–${last}`;
}

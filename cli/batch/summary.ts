// The table a batch prints when it is done: one row per article, failures named with
// their error, then one line of totals.
import type { ArticleResult, ArticleTask } from './protocol';

export function formatSummary(tasks: readonly Pick<ArticleTask, 'file'>[], results: readonly ArticleResult[]): string {
  const header = ['file', 'changes', 'language', 'QA errors', 'result'];
  const rows = tasks.map((task, index) => {
    const result = results[index];
    if (result === undefined) return [task.file, '-', '-', '-', 'not run'];
    if (!result.ok) return [task.file, '-', '-', '-', `failed: ${result.error}`];
    return [task.file, String(result.changes), result.language, String(result.qaErrors), 'ok'];
  });
  const failed = results.filter((result) => !result.ok).length;
  const changes = results.reduce((sum, result) => sum + (result.ok ? result.changes : 0), 0);
  const cleaned = results.length - failed;
  const totals = `${cleaned} of ${tasks.length} article${tasks.length === 1 ? '' : 's'} cleaned, ${changes} change${changes === 1 ? '' : 's'}` +
    (failed > 0 ? `; ${failed} failed` : '');
  return `${formatTable(header, rows, [false, true, false, true, false])}\n${totals}\n`;
}

/** A plain-text table; `rightAligned` per column for numbers. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, rightAligned: readonly boolean[] = []): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return rightAligned[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

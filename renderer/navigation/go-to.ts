// Ctrl+G in the window: ask where (go-to-dialog.ts), put the caret there in the
// post-edit, scrolled into view, and focus the editor. Cancelled, focus goes back where
// it was.
import type { DiffView } from '../editor/diff-view';
import { paragraphAtLine, paragraphLines } from '../paragraphs/model-paragraphs';
import { askGoTo } from './go-to-dialog';

export async function goTo(diffView: DiffView): Promise<void> {
  const model = diffView.postEditModel;
  if (!model) return;
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const cursor = diffView.cursor();
  const paragraphs = paragraphLines(model);
  const place = await askGoTo(
    model.getValue(),
    {
      line: cursor.lineNumber,
      lines: model.getLineCount(),
      paragraph: paragraphAtLine(paragraphs, cursor.lineNumber) + 1,
      paragraphs: paragraphs.length,
    },
    // The caret moves at once; focus follows when the dialog has closed.
    (chosen) => diffView.revealOffsets(chosen.offset, chosen.offset, false),
  );
  if (!place || diffView.postEditModel !== model) {
    before?.focus();
    return;
  }
  diffView.focus();
}

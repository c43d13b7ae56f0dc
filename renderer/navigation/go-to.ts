// Ctrl+G in the window: ask where (go-to-dialog.ts), then put the caret there in the
// post-edit, scrolled into view, with focus in the editor. Cancelled, focus goes back
// where it was.
import type { DiffView } from '../editor/diff-view';
import { paragraphAtLine, paragraphLines } from '../paragraphs/model-paragraphs';
import { askGoTo } from './go-to-dialog';

export async function goTo(diffView: DiffView): Promise<void> {
  const model = diffView.postEditModel;
  if (!model) return;
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const cursor = diffView.cursor();
  const paragraphs = paragraphLines(model);
  const place = await askGoTo(model.getValue(), {
    line: cursor.lineNumber,
    lines: model.getLineCount(),
    paragraph: paragraphAtLine(paragraphs, cursor.lineNumber) + 1,
    paragraphs: paragraphs.length,
  });
  if (!place || diffView.postEditModel !== model) {
    before?.focus();
    return;
  }
  diffView.revealOffsets(place.offset, place.offset, true);
}

// Applying suggestions is an ordinary editor edit: it goes through Monaco's undo stack,
// so Ctrl+Z undoes it, and "Apply all" is one edit between two undo stops (one Ctrl+Z).
import type { Change } from '../../core/types';
import { monaco } from './monaco';
import { rangeOf } from './suggestion-decorations';

type CodeEditor = monaco.editor.ICodeEditor;

/** The changes whose span still holds the text they matched. The matcher works on its own
 *  copy of the post-edit (renderer/engine/text-mirror.ts): a copy that went wrong must
 *  never lead to replacing the wrong words. */
export function stillMatching(model: monaco.editor.ITextModel, changes: readonly Change[]): Change[] {
  const length = model.getValueLength();
  return changes.filter((change) => change.end <= length && model.getValueInRange(rangeOf(model, change)) === change.from);
}

export function applySuggestions(editor: CodeEditor, changes: readonly Change[], source: string): boolean {
  const model = editor.getModel();
  if (!model || changes.length === 0) return false;
  const edits = changes.map((change) => ({
    range: rangeOf(model, change),
    text: change.to,
    forceMoveMarkers: true,
  }));
  const last = changes.length === 1 ? changes[0] : undefined;
  editor.pushUndoStop();
  editor.executeEdits(source, edits, (inverse) => {
    // After a single apply, leave the caret just after the corrected words, where the
    // editor's eyes are; after "Apply all", keep the caret where it was.
    if (!last) return null;
    const range = inverse[0]?.range;
    return range ? [new monaco.Selection(range.endLineNumber, range.endColumn, range.endLineNumber, range.endColumn)] : null;
  });
  editor.pushUndoStop();
  return true;
}

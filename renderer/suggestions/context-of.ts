// A suggestion's hit in context for its card, read from the editor's model around the hit
// only (a long article is never copied whole for it).
import { contextSnippet, type ContextSnippet } from '../../core/text/context-snippet';
import type { Change } from '../../core/types';
import type { monaco } from '../editor/monaco';

/** Characters read either side of the hit: more than contextSnippet looks at (400). */
const AROUND = 420;
/** Words either side: enough to tell one sense from another, short enough that the hit
 *  itself shows in a 260-pixel panel. */
const WORDS = 3;

export function contextOf(model: monaco.editor.ITextModel | undefined, change: Pick<Change, 'start' | 'end'>): ContextSnippet {
  if (!model) return { before: '', hit: '', after: '' };
  const length = model.getValueLength();
  const from = Math.max(0, change.start - AROUND);
  const to = Math.min(length, change.end + AROUND);
  const start = model.getPositionAt(from);
  const end = model.getPositionAt(to);
  const text = model.getValueInRange({ startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column });
  // contextSnippet looks 400 characters either side: the window holds all it reads, and
  // where the window starts or ends inside a paragraph it marks the cut itself.
  return contextSnippet(text, change.start - from, change.end - from, WORDS);
}

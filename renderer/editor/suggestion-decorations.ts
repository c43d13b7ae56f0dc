// Marks every pending glossary hit in the post-edit (hover shows the correction and the
// glossary's note) and the one the user is looking at in the suggestions panel. The hit
// marks are a MarkSet: a new list after a keystroke touches only the hits that changed,
// and the overview ruler gets one mark per stretch of the article, not one per hit.
import type { Change } from '../../core/types';
import { MarkSet, spanRange } from './mark-set';
import { monaco } from './monaco';

type CodeEditor = monaco.editor.ICodeEditor;

/** Overview ruler marks for the hits at most (a ruler is a few hundred pixels high). */
const RULER_MARKS = 300;

/** Markdown-escape untrusted glossary text for a hover. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function hoverFor(change: Change): monaco.IMarkdownString {
  const lines = [`**${escapeMarkdown(change.from)} → ${escapeMarkdown(change.to)}**`];
  if (change.note) lines.push(escapeMarkdown(change.note));
  lines.push(`*${escapeMarkdown(`${fileName(change.glossary)}:${change.line}`)}*`);
  return { value: lines.join('\n\n') };
}

export class SuggestionDecorations {
  private readonly hits: MarkSet<Change>;
  private readonly active: monaco.editor.IEditorDecorationsCollection;

  constructor(private readonly editor: CodeEditor) {
    this.hits = new MarkSet<Change>(editor, {
      identity: (change) => `${change.from}\u0000${change.to}\u0000${change.glossary}\u0000${change.line}\u0000${change.note ?? ''}`,
      options: (change, ruler) => ({
        inlineClassName: 'glossa-hit',
        hoverMessage: hoverFor(change),
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        ...(ruler ? { overviewRuler: { color: '#d97706', position: monaco.editor.OverviewRulerLane.Right } } : {}),
      }),
      rulerBuckets: RULER_MARKS,
    });
    this.active = editor.createDecorationsCollection();
  }

  show(changes: readonly Change[]): void {
    this.hits.set(changes);
  }

  highlight(change: Change | undefined): void {
    const model = this.editor.getModel();
    if (!model || !change) {
      this.active.clear();
      return;
    }
    this.active.set([{ range: spanRange(model, change), options: { inlineClassName: 'glossa-hit-active' } }]);
  }
}

export { escapeMarkdown, spanRange as rangeOf };

// Marks every pending glossary hit in the post-edit (hover shows the correction and the
// glossary's note) and the one the user is looking at in the suggestions panel.
import type { Change } from '../../core/types';
import { monaco } from './monaco';

type CodeEditor = monaco.editor.ICodeEditor;
type TextModel = monaco.editor.ITextModel;

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

function rangeOf(model: TextModel, change: Pick<Change, 'start' | 'end'>): monaco.Range {
  const start = model.getPositionAt(change.start);
  const end = model.getPositionAt(change.end);
  return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
}

export class SuggestionDecorations {
  private readonly hits: monaco.editor.IEditorDecorationsCollection;
  private readonly active: monaco.editor.IEditorDecorationsCollection;

  constructor(private readonly editor: CodeEditor) {
    this.hits = editor.createDecorationsCollection();
    this.active = editor.createDecorationsCollection();
  }

  show(changes: readonly Change[]): void {
    const model = this.editor.getModel();
    if (!model) return;
    this.hits.set(
      changes.map((change) => ({
        range: rangeOf(model, change),
        options: {
          inlineClassName: 'glossa-hit',
          hoverMessage: hoverFor(change),
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
          overviewRuler: { color: '#d97706', position: monaco.editor.OverviewRulerLane.Right },
        },
      })),
    );
  }

  highlight(change: Change | undefined): void {
    const model = this.editor.getModel();
    if (!model || !change) {
      this.active.clear();
      return;
    }
    this.active.set([
      {
        range: rangeOf(model, change),
        options: { inlineClassName: 'glossa-hit-active' },
      },
    ]);
  }
}

export { escapeMarkdown, rangeOf };

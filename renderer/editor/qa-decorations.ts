// QA findings in the post-edit: a thin wavy underline per issue, coloured by severity, with
// the message on hover; and a bar in the gutter beside each paragraph in another language
// than the article's. Every issue also gets a tracked range (decorations move with the
// text), so the QA panel reveals the right span even after the editor typed around it.
import type { QaIssue } from '../../core/qa/types';
import type { ForeignParagraph } from '../engine/protocol';
import { checkLabel } from '../review/qa-issues';
import { foreignParagraphMessage, type LanguageCode } from '../ui/language-name';
import { monaco } from './monaco';
import { escapeMarkdown, rangeOf } from './suggestion-decorations';

type CodeEditor = monaco.editor.ICodeEditor;

const RULER_COLOURS: Record<QaIssue['severity'], string | undefined> = {
  error: '#d92d20',
  warning: undefined,
  info: undefined,
};

/** Just a tracked range: the span is marked elsewhere, or not at all. */
const TRACK_ONLY: monaco.editor.IModelDecorationOptions = {
  stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
};

export class QaDecorations {
  private readonly issues: monaco.editor.IEditorDecorationsCollection;
  private readonly gutter: monaco.editor.IEditorDecorationsCollection;

  constructor(private readonly editor: CodeEditor) {
    this.issues = editor.createDecorationsCollection();
    this.gutter = editor.createDecorationsCollection();
  }

  show(issues: readonly QaIssue[], foreign: readonly ForeignParagraph[], article: LanguageCode): void {
    const model = this.editor.getModel();
    if (!model) return;
    const foreignSpans = new Set(foreign.map((p) => `${p.start}:${p.end}`));
    this.issues.set(
      issues.map((issue) => ({
        range: rangeOf(model, issue),
        options: this.issueOptions(issue, foreignSpans),
      })),
    );
    this.gutter.set(
      foreign.map((paragraph) => {
        const range = rangeOf(model, paragraph);
        return {
          range: new monaco.Range(range.startLineNumber, 1, range.endLineNumber, 1),
          options: {
            isWholeLine: true,
            linesDecorationsClassName: 'glossa-foreign-paragraph',
            linesDecorationsTooltip: foreignParagraphMessage(paragraph, article),
            stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
            overviewRuler: { color: '#7c3aed', position: monaco.editor.OverviewRulerLane.Left },
          },
        };
      }),
    );
  }

  clear(): void {
    this.issues.clear();
    this.gutter.clear();
  }

  /** Where issue `index` (of the last `show`) is now, after any typing since. */
  currentRange(index: number): monaco.Range | undefined {
    const range = this.issues.getRange(index);
    return range ?? undefined;
  }

  private issueOptions(issue: QaIssue, foreignSpans: ReadonlySet<string>): monaco.editor.IModelDecorationOptions {
    // Glossary sources still in the text are the suggestions, already marked; a whole
    // paragraph in another language is marked in the gutter.
    const markedElsewhere =
      (issue.check === 'glossary-term' && issue.severity === 'warning') ||
      (issue.check === 'untranslated' && foreignSpans.has(`${issue.start}:${issue.end}`));
    if (markedElsewhere || issue.end <= issue.start) return TRACK_ONLY;
    const ruler = RULER_COLOURS[issue.severity];
    return {
      inlineClassName: `glossa-qa glossa-qa-${issue.severity}`,
      hoverMessage: { value: `**${escapeMarkdown(checkLabel(issue.check))}**: ${escapeMarkdown(issue.message)}` },
      stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      ...(ruler ? { overviewRuler: { color: ruler, position: monaco.editor.OverviewRulerLane.Left } } : {}),
    };
  }
}

// QA findings in the post-edit: a thin wavy underline per issue, coloured by severity, with
// the message on hover; and a bar in the gutter beside each paragraph in another language
// than the article's. Issues marked some other way get no decoration of their own: every
// decoration in the model costs a little on each keystroke.
import type { QaIssue } from '../../core/qa/types';
import type { ForeignParagraph } from '../engine/protocol';
import { checkLabel, isPendingCorrection } from '../review/qa-issues';
import { foreignParagraphMessage, type LanguageCode } from '../ui/language-name';
import { monaco } from './monaco';
import { MarkSet } from './mark-set';
import { escapeMarkdown, rangeOf } from './suggestion-decorations';

type CodeEditor = monaco.editor.ICodeEditor;

const RULER_COLOURS: Record<QaIssue['severity'], string | undefined> = {
  error: '#d92d20',
  warning: undefined,
  info: undefined,
};

/** Overview ruler marks per severity at most (a ruler is a few hundred pixels high). */
const RULER_MARKS = 300;

export class QaDecorations {
  /** Updated by what changed since the last review (mark-set.ts). */
  private readonly issues: MarkSet<QaIssue>;
  private readonly gutter: monaco.editor.IEditorDecorationsCollection;

  constructor(private readonly editor: CodeEditor) {
    this.issues = new MarkSet<QaIssue>(editor, {
      identity: (issue) => `${issue.check}\u0000${issue.severity}\u0000${issue.message}`,
      options: (issue, ruler) => issueOptions(issue, ruler),
      // A 50,000-word MT can carry thousands of issues; the ruler shows where they gather.
      rulerBuckets: RULER_MARKS,
      rulerGroup: (issue) => issue.severity,
    });
    this.gutter = editor.createDecorationsCollection();
  }

  show(issues: readonly QaIssue[], foreign: readonly ForeignParagraph[], article: LanguageCode): void {
    const model = this.editor.getModel();
    if (!model) return;
    const foreignSpans = new Set(foreign.map((p) => `${p.start}:${p.end}`));
    this.issues.set(issues.filter((issue) => !markedElsewhere(issue, foreignSpans) && !isWholeParagraph(issue)));
    this.gutter.set([
      // A term the source has and the paragraph lacks: the paragraph is the place, so it
      // is marked beside its lines rather than underlined from end to end.
      ...issues.filter(isWholeParagraph).map((issue) => {
        const range = rangeOf(model, issue);
        return {
          range: new monaco.Range(range.startLineNumber, 1, range.endLineNumber, 1),
          options: {
            isWholeLine: true,
            linesDecorationsClassName: 'glossa-term-missing',
            linesDecorationsTooltip: `${checkLabel(issue.check)}: ${issue.message}`,
            stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
            overviewRuler: { color: '#dc8a05', position: monaco.editor.OverviewRulerLane.Left },
          },
        };
      }),
      ...foreign.map((paragraph) => {
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
    ]);
  }

  clear(): void {
    this.issues.clear();
    this.gutter.clear();
  }

}

/** Glossary sources still in the text are the suggestions, already marked; a whole
 *  paragraph in another language is marked in the gutter; misspellings are underlined as
 *  they are typed (renderer/spell); an empty span shows nothing. */
function markedElsewhere(issue: QaIssue, foreignSpans: ReadonlySet<string>): boolean {
  return (
    isPendingCorrection(issue) ||
    issue.check === 'spelling' ||
    (issue.check === 'untranslated' && foreignSpans.has(`${issue.start}:${issue.end}`)) ||
    issue.end <= issue.start
  );
}

/** Issues about a whole post-edit paragraph (a term missing from it). */
function isWholeParagraph(issue: QaIssue): boolean {
  return issue.check === 'term-missing';
}

function issueOptions(issue: QaIssue, onRuler: boolean): monaco.editor.IModelDecorationOptions {
  const ruler = onRuler ? RULER_COLOURS[issue.severity] : undefined;
  return {
    inlineClassName: `glossa-qa glossa-qa-${issue.severity}`,
    hoverMessage: { value: `**${escapeMarkdown(checkLabel(issue.check))}**: ${escapeMarkdown(issue.message)}` },
    stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
    ...(ruler ? { overviewRuler: { color: ruler, position: monaco.editor.OverviewRulerLane.Left } } : {}),
  };
}

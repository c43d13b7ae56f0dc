// Shows the live review (renderer/review/review-store.ts): the QA marks in the editor, the
// quality checks panel and the status bar's language figures; and takes the user from a
// listed issue to its place in the text, found again if the text changed since.
//
// A new QA check id needs nothing here: core/qa reports it, renderer/review/qa-issues.ts
// names it (CHECK_LABELS) and the panel and marks show it.
import type { QaIssue } from '../../core/qa/types';
import type { DiffView } from '../editor/diff-view';
import type { QaDecorations } from '../editor/qa-decorations';
import type { ReviewFindings } from '../engine/protocol';
import type { QaPanel } from '../panels/qa-panel';
import type { Announcer } from '../ui/announcer';
import { languageName } from '../ui/language-name';
import type { StatusBar } from '../ui/status-bar';
import type { IgnoredIssues } from './ignored-issues';
import type { ReviewState, ReviewStore } from './review-store';

export interface ReviewViewDeps {
  review: ReviewStore;
  diffView: DiffView;
  decorations: QaDecorations;
  panel: QaPanel;
  statusBar: StatusBar;
  announcer: Announcer;
  /** An issue about the source too (`sourceSpan`: term-missing, numbers against the
   *  source): show that span in the source pane as well. */
  revealSource?: (issue: QaIssue) => void;
  /** The issues the editor ignored (kept with the article's work). */
  ignored: IgnoredIssues;
}

export class ReviewView {
  /** The findings the editor and status bar show (the panel keeps its own). */
  private shown: ReviewFindings | undefined;
  private shownIssues: readonly QaIssue[] | undefined;

  constructor(private readonly deps: ReviewViewDeps) {
    deps.review.onChange((state) => this.show(state));
  }

  /** New findings: editor marks first (the panel reads their lines), then panel and status. */
  private show(state: ReviewState): void {
    const { decorations, statusBar, panel, diffView, ignored } = this.deps;
    const findings = state.findings;
    const issues = findings ? ignored.shown(findings) : undefined;
    if (findings !== this.shown || issues !== this.shownIssues) {
      this.shown = findings;
      this.shownIssues = issues;
      if (findings) {
        decorations.show(issues ?? [], findings.foreignParagraphs, findings.article);
        statusBar.setForeignParagraphs(findings.foreignParagraphs.length, languageName(findings.article));
      } else {
        decorations.clear();
        statusBar.setForeignParagraphs(0);
      }
    }
    panel.render({
      issues,
      text: findings && state.fresh ? (diffView.postEditModel?.getValue() ?? '') : '',
      fresh: state.fresh,
      ignoredCount: ignored.count(findings),
    });
  }

  /** "Ignore" on a listed issue: it leaves the list and the editor's marks at once. */
  async ignoreIssue(issue: QaIssue): Promise<void> {
    const { review, diffView, ignored, announcer } = this.deps;
    let current: QaIssue | undefined = issue;
    if (!review.isFresh) {
      const model = diffView.postEditModel;
      await review.whenFresh();
      if (diffView.postEditModel !== model) return;
      current = review.locate(issue);
    }
    if (!current) return;
    ignored.ignore(current);
    this.show(review.state);
    announcer.say('Issue ignored: it is listed as ignored in the report (“Show ignored again” brings it back)');
  }

  /** "Show ignored again". */
  restoreIgnored(): void {
    this.deps.ignored.restoreAll();
    this.show(this.deps.review.state);
  }

  /** An issue from the QA list: if typed around since, found again in a fresh review. */
  async revealIssue(issue: QaIssue, focusEditor: boolean): Promise<void> {
    const { review, diffView, announcer } = this.deps;
    let current: QaIssue | undefined = issue;
    if (!review.isFresh) {
      const model = diffView.postEditModel;
      await review.whenFresh();
      // Another article opened meanwhile: the issue was about the one that closed.
      if (diffView.postEditModel !== model) return;
      current = review.locate(issue);
    }
    if (current) {
      diffView.revealOffsets(current.start, current.end, focusEditor);
      if (current.sourceSpan) this.deps.revealSource?.(current);
    } else announcer.say('That issue is no longer in the text');
  }
}

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
}

export class ReviewView {
  /** The findings the editor and status bar show (the panel keeps its own). */
  private shown: ReviewFindings | undefined;

  constructor(private readonly deps: ReviewViewDeps) {
    deps.review.onChange((state) => this.show(state));
  }

  /** New findings: editor marks first (the panel reads their lines), then panel and status. */
  private show(state: ReviewState): void {
    const { decorations, statusBar, panel, diffView } = this.deps;
    const findings = state.findings;
    if (findings !== this.shown) {
      this.shown = findings;
      if (findings) {
        decorations.show(findings.issues, findings.foreignParagraphs, findings.article);
        statusBar.setForeignParagraphs(findings.foreignParagraphs.length, languageName(findings.article));
      } else {
        decorations.clear();
        statusBar.setForeignParagraphs(0);
      }
    }
    panel.render({
      issues: findings?.issues,
      text: findings && state.fresh ? (diffView.postEditModel?.getValue() ?? '') : '',
      fresh: state.fresh,
    });
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

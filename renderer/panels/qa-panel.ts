// The quality checks panel: core/qa's issues in the post-edit, errors first, each with
// its check in words, the message, the paragraph and a few words around the span; the
// glossary corrections not yet applied as one entry (the suggestions panel lists them).
// The window's one list component (renderer/ui/list/keyboard-list.ts): ↑/↓ move and
// show the issue in the editor, Enter (or a click) goes to it with the span selected,
// Space shows it without leaving the list, Delete ignores it (kept with the article's
// work and listed as ignored in the report; "Show ignored again" brings them back).
//
// Readiness signal (documented for tests): the listbox carries `aria-busy="true"` while
// the findings do not yet describe the current text (typing, or a review under way).
import type { QaIssue, QaSeverity } from '../../core/qa/types';
import {
  checkLabel, countBySeverity, describeCounts, excerptAround, panelEntries, severityCount, severityLabel, SEVERITIES,
  type Excerpt, type PanelEntry,
} from '../review/qa-issues';
import { h, icon, ICONS } from '../ui/dom';
import { KeyboardList, rowAction, type ListRowView } from '../ui/list/keyboard-list';
import { CollapsibleSection } from '../ui/side-sections';

/** Rows listed at first, and added by each "Show more". Every row in the window costs a
 *  little on each keystroke (paint and compositing walk it), and a list past a screenful
 *  is worked through from the top anyway; the editor marks every issue. */
const PAGE_ROWS = 30;

const SEVERITY_ICONS: Record<QaSeverity, string> = { error: ICONS.error, warning: ICONS.warning, info: ICONS.info };

export interface QaPanelActions {
  /** Show the issue in the editor, its span selected. */
  reveal(issue: QaIssue, focusEditor: boolean): void;
  /** 1-based line of the post-edit an offset of the rendered text is on. */
  lineOf(offset: number): number;
  /** The pending-corrections entry: go to the suggestions list. */
  showSuggestions(): void;
  /** The editor ignores this issue (it leaves the list). */
  ignore(issue: QaIssue): void;
  /** Every ignored issue comes back. */
  restoreIgnored(): void;
}

export interface QaPanelState {
  /** Undefined until the first review of the article arrives. */
  issues: readonly QaIssue[] | undefined;
  /** The post-edit the issues' offsets refer to (for the excerpts). */
  text: string;
  fresh: boolean;
  /** Issues the editor ignored that are still in the text. */
  ignoredCount?: number;
}

interface RowItem {
  entry: PanelEntry;
  /** The text its excerpt is cut from. */
  text: string;
}

function sameRow(a: RowItem, b: RowItem): boolean {
  if (a.text !== b.text) return false;
  if (a.entry.kind === 'pending-corrections' || b.entry.kind === 'pending-corrections') {
    return a.entry.kind === b.entry.kind && a.entry.kind === 'pending-corrections' && b.entry.kind === 'pending-corrections' && a.entry.count === b.entry.count;
  }
  return a.entry.issue === b.entry.issue;
}

export class QaPanel {
  readonly element: HTMLElement;
  readonly section: CollapsibleSection;
  readonly list: HTMLElement;
  private readonly rows: KeyboardList<RowItem>;
  private readonly counts: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly more: HTMLElement;
  private readonly moreNote: HTMLElement;
  private readonly moreButton: HTMLButtonElement;
  private readonly ignoredFooter: HTMLElement;
  private readonly ignoredNote: HTMLElement;
  /** How many entries are listed; grows with "Show more", back to a page per article. */
  private limit = PAGE_ROWS;
  private renderedText = '';
  private rendered: readonly QaIssue[] | undefined;

  constructor(private readonly actions: QaPanelActions) {
    this.rows = new KeyboardList<RowItem>({
      label: 'Quality checks',
      className: 'qa-list',
      keysHint: 'Enter goes to the issue in the text, Space shows it, Delete ignores it.',
      createRow: () => this.createRow(),
      same: sameRow,
      actions: {
        open: (item, index) => this.open(item, index, true),
        show: (item, index) => this.open(item, index, false),
        ignore: (item) => {
          if (item.entry.kind === 'issue') actions.ignore(item.entry.issue);
        },
      },
      keys: { Enter: 'open', ' ': 'show', Delete: 'ignore', Backspace: 'ignore' },
      onMove: (item, index) => this.open(item, index, false),
      onClick: (item, index) => this.open(item, index, true),
    });
    this.list = this.rows.element;
    this.list.setAttribute('aria-busy', 'true');
    this.counts = h('div', { class: 'qa-counts' });
    this.empty = h('p', { class: 'panel-empty qa-empty' }, 'Checking…');
    this.moreNote = h('span', {});
    this.moreButton = h('button', { type: 'button', class: 'link-button' });
    this.more = h('div', { class: 'panel-footer qa-more', hidden: true }, this.moreNote, this.moreButton);
    this.moreButton.addEventListener('click', () => {
      const first = this.limit;
      this.limit += PAGE_ROWS;
      this.renderEntries();
      this.rows.focus(first);
    });
    this.ignoredNote = h('span', {});
    const restore = h('button', { type: 'button', class: 'link-button' }, 'Show ignored again');
    restore.addEventListener('click', () => actions.restoreIgnored());
    this.ignoredFooter = h('div', { class: 'panel-footer qa-ignored', hidden: true }, this.ignoredNote, restore);
    this.section = new CollapsibleSection({
      id: 'qa',
      title: 'Quality checks',
      className: 'panel-qa',
      headerExtras: [this.counts],
      body: [this.list, this.empty, this.more, this.ignoredFooter],
      share: 0.27,
    });
    this.element = this.section.element;
  }

  render(state: QaPanelState): void {
    const busy = String(!state.fresh);
    if (this.list.getAttribute('aria-busy') !== busy) this.list.setAttribute('aria-busy', busy);
    const ignored = state.ignoredCount ?? 0;
    this.ignoredFooter.hidden = ignored === 0;
    this.ignoredNote.textContent = `${ignored.toLocaleString()} ignored`;
    // Typing makes the findings stale, not wrong: they stay listed until the next review.
    if (state.issues === this.rendered) return;
    const issues = state.issues;
    this.rendered = issues;
    this.renderedText = state.text;
    if (!issues) {
      // A new article: its list starts from one page again.
      this.limit = PAGE_ROWS;
      this.renderEntries();
      this.counts.replaceChildren();
      this.showEmpty('Checking…', false);
      return;
    }
    this.renderEntries();
    this.renderCounts(issues);
    this.showEmpty('No issues found', true, issues.length > 0);
  }

  /** Focus the list (F6), on the item last focused. */
  focusList(): void {
    this.section.expand();
    this.rows.focus();
  }

  hasFocus(): boolean {
    return this.rows.hasFocus();
  }

  private renderEntries(): void {
    const entries = this.rendered ? panelEntries(this.rendered) : [];
    const shown = entries.slice(0, this.limit).map((entry) => ({ entry, text: this.renderedText }));
    this.rows.setItems(shown);
    this.rows.select(-1);
    const hidden = entries.length - shown.length;
    this.more.hidden = hidden === 0;
    this.moreNote.textContent = hidden === 0 ? '' : `${shown.length.toLocaleString()} of ${entries.length.toLocaleString()}`;
    this.moreButton.textContent = `Show ${Math.min(hidden, PAGE_ROWS).toLocaleString()} more`;
    this.section.setEmpty(shown.length === 0);
  }

  private showEmpty(text: string, clean: boolean, hidden = false): void {
    this.empty.hidden = hidden;
    this.empty.classList.toggle('qa-clean', clean);
    this.empty.replaceChildren(...(clean ? [icon(ICONS.check, 14)] : []), text);
  }

  private renderCounts(issues: readonly QaIssue[]): void {
    const counts = countBySeverity(issues);
    this.counts.title = describeCounts(counts);
    this.counts.replaceChildren(
      ...SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) =>
        h(
          'span',
          { class: `qa-count qa-count-${severity}`, title: severityCount(severity, counts[severity]) },
          icon(SEVERITY_ICONS[severity], 13),
          h('span', { 'aria-hidden': 'true' }, counts[severity].toLocaleString()),
          h('span', { class: 'visually-hidden' }, severityCount(severity, counts[severity])),
        ),
      ),
    );
  }

  private createRow(): ListRowView<RowItem> {
    const severityIcon = h('span', { class: 'qa-icon' });
    const check = h('span', { class: 'qa-check' });
    const meta = h('span', { class: 'qa-meta' });
    const message = h('div', { class: 'qa-message' });
    const before = document.createTextNode('');
    const match = h('mark', {});
    const after = document.createTextNode('');
    const excerpt = h('div', { class: 'qa-excerpt' }, before, match, after);
    const ignore = rowAction('ignore', 'Ignore');
    const element = h(
      'div',
      { class: 'qa-issue' },
      severityIcon,
      h('div', { class: 'qa-body' }, h('div', { class: 'qa-title' }, check, meta), message, excerpt),
      ignore,
    );
    let severityShown: QaSeverity | undefined;
    const fill = (content: {
      severity: QaSeverity; label: string; meta: string; message: string; ariaLabel: string; check: string; excerpt?: Excerpt; ignorable: boolean;
    }) => {
      if (content.severity !== severityShown) {
        severityShown = content.severity;
        element.className = `qa-issue qa-${content.severity}`;
        severityIcon.replaceChildren(icon(SEVERITY_ICONS[content.severity], 15));
      }
      element.setAttribute('aria-label', content.ariaLabel);
      element.title = content.message;
      element.dataset.check = content.check;
      check.textContent = content.label;
      meta.textContent = content.meta;
      message.textContent = content.message;
      excerpt.hidden = !content.excerpt;
      before.data = content.excerpt?.before ?? '';
      // A span of spaces (a double space) would be invisible: show each as ␣.
      const text = content.excerpt?.match ?? '';
      match.textContent = text !== '' && text.trim() === '' ? '␣'.repeat(text.length) : text;
      after.data = content.excerpt?.after ?? '';
      ignore.hidden = !content.ignorable;
    };
    return {
      element,
      update: ({ entry, text }) => {
        if (entry.kind === 'pending-corrections') {
          const count = entry.count.toLocaleString();
          const corrections = entry.count === 1 ? 'correction' : 'corrections';
          fill({
            severity: 'warning',
            label: 'Glossary corrections',
            meta: `${count} to apply`,
            message: 'Not applied yet: they are listed under Suggestions.',
            ariaLabel: `Warning: ${count} glossary ${corrections} not applied yet. Enter goes to the suggestions.`,
            check: 'glossary-term',
            ignorable: false,
          });
          return;
        }
        const issue = entry.issue;
        const label = checkLabel(issue.check);
        const paragraph = issue.paragraph + 1;
        const line = this.actions.lineOf(issue.start);
        fill({
          severity: issue.severity,
          label,
          meta: `¶ ${paragraph} · line ${line}`,
          message: issue.message,
          ariaLabel: `${severityLabel(issue.severity)}: ${label}, paragraph ${paragraph}, line ${line}. ${issue.message}`,
          check: issue.check,
          excerpt: excerptAround(text, issue.start, issue.end),
          ignorable: true,
        });
      },
    };
  }

  /** Show the row's issue in the editor; `focusEditor` goes there to fix it. */
  private open(item: RowItem, index: number, focusEditor: boolean): void {
    this.rows.select(index);
    const entry = item.entry;
    if (entry.kind === 'issue') this.actions.reveal(entry.issue, focusEditor);
    else if (focusEditor) this.actions.showSuggestions();
  }
}

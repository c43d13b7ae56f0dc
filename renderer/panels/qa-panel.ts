// The quality checks panel: core/qa's issues in the post-edit, errors first, each with
// its check in words, the message, the paragraph and a few words around the span; the
// glossary corrections not yet applied as one entry (the suggestions panel lists them).
// A listbox with one Tab stop: ↑/↓ move and show the issue in the editor, Enter (or a
// click) goes to it with the span selected, Space shows it without leaving the list.
//
// Readiness signal (documented for tests): the listbox carries `aria-busy="true"` while
// the findings do not yet describe the current text (typing, or a review under way).
import type { QaIssue, QaSeverity } from '../../core/qa/types';
import {
  checkLabel, countBySeverity, describeCounts, excerptAround, panelEntries, severityCount, severityLabel, SEVERITIES,
  type Excerpt, type PanelEntry,
} from '../review/qa-issues';
import { h, icon, ICONS } from '../ui/dom';
import { navigationTarget } from '../ui/list-navigation';

/** Rows listed at first, and added by each "Show more". Every row in the window costs a
 *  little on each keystroke (paint and compositing walk it), and a list past a screenful
 *  is worked through from the top anyway; the editor marks every issue. */
const PAGE_ROWS = 30;
/** From this many rows the panel takes a fixed share of the column (see app.css). */
const LONG_LIST_ROWS = 4;

const SEVERITY_ICONS: Record<QaSeverity, string> = { error: ICONS.error, warning: ICONS.warning, info: ICONS.info };

export interface QaPanelActions {
  /** Show the issue in the editor, its span selected. */
  reveal(issue: QaIssue, focusEditor: boolean): void;
  /** 1-based line of the post-edit an offset of the rendered text is on. */
  lineOf(offset: number): number;
  /** The pending-corrections entry: go to the suggestions list. */
  showSuggestions(): void;
}

export interface QaPanelState {
  /** Undefined until the first review of the article arrives. */
  issues: readonly QaIssue[] | undefined;
  /** The post-edit the issues' offsets refer to (for the excerpts). */
  text: string;
  fresh: boolean;
}

interface Row {
  element: HTMLLIElement;
  icon: HTMLElement;
  check: HTMLElement;
  meta: HTMLElement;
  message: HTMLElement;
  excerpt: HTMLElement;
  before: Text;
  match: HTMLElement;
  after: Text;
  entry: PanelEntry | undefined;
  /** What the row shows, to skip rewriting an unchanged row. */
  signature: string;
}

export class QaPanel {
  readonly element: HTMLElement;
  readonly list: HTMLUListElement;
  private readonly counts: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly more: HTMLElement;
  private readonly moreNote: HTMLElement;
  private readonly moreButton: HTMLButtonElement;
  /** How many entries are listed; grows with "Show more", back to a page per article. */
  private limit = PAGE_ROWS;
  private renderedText = '';
  private rows: Row[] = [];
  private focusIndex = 0;
  private selectedIndex = -1;
  private rendered: readonly QaIssue[] | undefined;

  constructor(private readonly actions: QaPanelActions) {
    this.counts = h('div', { class: 'qa-counts' });
    this.list = h('ul', { class: 'qa-list', role: 'listbox', 'aria-label': 'Quality checks', 'aria-busy': 'true' });
    this.empty = h('p', { class: 'panel-empty qa-empty' }, 'Checking…');
    this.moreNote = h('span', {});
    this.moreButton = h('button', { type: 'button', class: 'link-button' });
    this.more = h('div', { class: 'panel-footer qa-more', hidden: true }, this.moreNote, this.moreButton);
    this.moreButton.addEventListener('click', () => {
      this.limit += PAGE_ROWS;
      this.renderEntries();
      this.rows[this.limit - PAGE_ROWS]?.element.focus();
    });
    this.element = h(
      'section',
      { class: 'panel panel-qa', 'aria-labelledby': 'qa-heading' },
      h('div', { class: 'panel-header' }, h('h2', { id: 'qa-heading' }, 'Quality checks'), this.counts),
      this.list,
      this.empty,
      this.more,
    );
    this.list.addEventListener('keydown', (event) => this.onKey(event));
  }

  render(state: QaPanelState): void {
    const busy = String(!state.fresh);
    if (this.list.getAttribute('aria-busy') !== busy) this.list.setAttribute('aria-busy', busy);
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

  private renderEntries(): void {
    const hadFocus = this.list.contains(document.activeElement);
    // Rows are updated in place: a review after each pause in typing mostly moves the
    // same issues by a few characters, which costs text writes, not a rebuilt list.
    const entries = this.rendered ? panelEntries(this.rendered) : [];
    const shown = entries.slice(0, this.limit);
    shown.forEach((entry, position) => this.updateRow(this.rows[position] ?? this.createRow(position), entry, this.renderedText));
    for (const row of this.rows.splice(shown.length)) row.element.remove();
    const long = this.rows.length >= LONG_LIST_ROWS;
    if (this.element.classList.contains('qa-long') !== long) this.element.classList.toggle('qa-long', long);
    const hidden = entries.length - shown.length;
    this.more.hidden = hidden === 0;
    this.moreNote.textContent = hidden === 0 ? '' : `${shown.length.toLocaleString()} of ${entries.length.toLocaleString()}`;
    this.moreButton.textContent = `Show ${Math.min(hidden, PAGE_ROWS).toLocaleString()} more`;
    this.focusIndex = Math.min(this.focusIndex, Math.max(0, this.rows.length - 1));
    this.rows[this.selectedIndex]?.element.setAttribute('aria-selected', 'false');
    this.selectedIndex = -1;
    this.updateTabStops();
    if (hadFocus) this.rows[this.focusIndex]?.element.focus();
  }

  /** Focus the list (F6), on the item last focused. */
  focusList(): void {
    (this.rows[this.focusIndex] ?? this.rows[0])?.element.focus();
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

  private createRow(position: number): Row {
    const icon = h('span', { class: 'qa-icon' });
    const check = h('span', { class: 'qa-check' });
    const meta = h('span', { class: 'qa-meta' });
    const message = h('div', { class: 'qa-message' });
    const before = document.createTextNode('');
    const match = h('mark', {});
    const after = document.createTextNode('');
    const excerpt = h('div', { class: 'qa-excerpt' }, before, match, after);
    const element = h(
      'li',
      { class: 'qa-issue', role: 'option', tabindex: '-1', 'aria-selected': 'false' },
      icon,
      h('div', { class: 'qa-body' }, h('div', { class: 'qa-title' }, check, meta), message, excerpt),
    );
    const row: Row = { element, icon, check, meta, message, excerpt, before, match, after, entry: undefined, signature: '' };
    element.addEventListener('click', () => this.open(row, true));
    element.addEventListener('focus', () => {
      this.focusIndex = this.rows.indexOf(row);
      this.updateTabStops();
    });
    this.rows[position] = row;
    this.list.append(element);
    return row;
  }

  private updateRow(row: Row, entry: PanelEntry, text: string): void {
    row.entry = entry;
    if (entry.kind === 'pending-corrections') {
      const count = entry.count.toLocaleString();
      const corrections = entry.count === 1 ? 'correction' : 'corrections';
      this.fillRow(row, {
        severity: 'warning',
        label: 'Glossary corrections',
        meta: `${count} to apply`,
        message: 'Not applied yet: they are listed under Suggestions.',
        ariaLabel: `Warning: ${count} glossary ${corrections} not applied yet. Enter goes to the suggestions.`,
        check: 'glossary-term',
      });
      return;
    }
    const issue = entry.issue;
    const label = checkLabel(issue.check);
    const paragraph = issue.paragraph + 1;
    const line = this.actions.lineOf(issue.start);
    this.fillRow(row, {
      severity: issue.severity,
      label,
      meta: `¶ ${paragraph} · line ${line}`,
      message: issue.message,
      ariaLabel: `${severityLabel(issue.severity)}: ${label}, paragraph ${paragraph}, line ${line}. ${issue.message}`,
      check: issue.check,
      excerpt: excerptAround(text, issue.start, issue.end),
    });
  }

  private fillRow(
    row: Row,
    content: { severity: QaSeverity; label: string; meta: string; message: string; ariaLabel: string; check: string; excerpt?: Excerpt },
  ): void {
    const { excerpt } = content;
    const signature = [content.severity, content.ariaLabel, excerpt?.before, excerpt?.match, excerpt?.after].join('\u0000');
    if (signature === row.signature) return;
    const severityChanged = !row.signature.startsWith(`${content.severity}\u0000`);
    row.signature = signature;
    if (severityChanged) {
      row.element.className = `qa-issue qa-${content.severity}`;
      row.icon.replaceChildren(icon(SEVERITY_ICONS[content.severity], 15));
    }
    row.element.setAttribute('aria-label', content.ariaLabel);
    row.element.title = content.message;
    row.element.dataset.check = content.check;
    row.check.textContent = content.label;
    row.meta.textContent = content.meta;
    row.message.textContent = content.message;
    row.excerpt.hidden = !excerpt;
    row.before.data = excerpt?.before ?? '';
    // A span of spaces (a double space) would be invisible: show each as ␣.
    const match = excerpt?.match ?? '';
    row.match.textContent = match !== '' && match.trim() === '' ? '␣'.repeat(match.length) : match;
    row.after.data = excerpt?.after ?? '';
  }

  /** Show the row's issue in the editor; `focusEditor` goes there to fix it. */
  private open(row: Row, focusEditor: boolean): void {
    this.focusIndex = this.rows.indexOf(row);
    this.select(this.focusIndex);
    const entry = row.entry;
    if (entry?.kind === 'issue') this.actions.reveal(entry.issue, focusEditor);
    else if (entry && focusEditor) this.actions.showSuggestions();
  }

  private select(position: number): void {
    this.rows[this.selectedIndex]?.element.setAttribute('aria-selected', 'false');
    this.selectedIndex = position;
    const row = this.rows[position];
    row?.element.setAttribute('aria-selected', 'true');
    row?.element.scrollIntoView({ block: 'nearest' });
  }

  private updateTabStops(): void {
    this.rows.forEach((row, i) => (row.element.tabIndex = i === this.focusIndex ? 0 : -1));
  }

  private onKey(event: KeyboardEvent): void {
    const position = this.rows.findIndex((row) => row.element === document.activeElement);
    if (position < 0) return;
    const move = (to: number) => {
      const row = this.rows[to];
      if (!row) return;
      row.element.focus();
      this.open(row, false);
    };
    const target = navigationTarget(event.key, position, this.rows.length);
    if (target !== undefined) {
      move(target);
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'Enter':
        this.open(this.rows[position] as Row, true);
        break;
      case ' ':
        this.open(this.rows[position] as Row, false);
        break;
      default:
        return;
    }
    event.preventDefault();
  }
}

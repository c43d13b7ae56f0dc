// The quality checks panel: core/qa's issues in the post-edit, errors first, each with
// its check in words, the message, the paragraph and a few words around the span. A
// listbox with one Tab stop: ↑/↓ move and show the issue in the editor, Enter (or a click)
// goes to it with the span selected, Space shows it without leaving the list.
//
// Readiness signal (documented for tests): the listbox carries `aria-busy="true"` while
// the findings do not yet describe the current text (typing, or a review under way).
import type { QaIssue, QaSeverity } from '../../core/qa/types';
import { checkLabel, countBySeverity, describeCounts, excerptAround, reviewOrder, severityCount, severityLabel, SEVERITIES } from '../review/qa-issues';
import { h, icon, ICONS } from '../ui/dom';

/** A list past this length is a report, not a to-do list; the editor marks them all. */
const MAX_ROWS = 200;
/** From this many rows the panel takes a fixed share of the column (see app.css). */
const LONG_LIST_ROWS = 4;

const SEVERITY_ICONS: Record<QaSeverity, string> = { error: ICONS.error, warning: ICONS.warning, info: ICONS.info };

export interface QaPanelActions {
  /** Show issue `index` (in the order given to render) in the editor, selected. */
  reveal(index: number, focusEditor: boolean): void;
  /** 1-based line of the post-edit issue `index` now starts on. */
  lineOf(index: number): number;
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
  before: Text;
  match: HTMLElement;
  after: Text;
  /** Index into the issues given to render. */
  index: number;
  /** What the row shows, to skip rewriting an unchanged row. */
  signature: string;
}

export class QaPanel {
  readonly element: HTMLElement;
  readonly list: HTMLUListElement;
  private readonly counts: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly overflowNote: HTMLElement;
  private rows: Row[] = [];
  private focusIndex = 0;
  private selectedIndex = -1;
  private rendered: readonly QaIssue[] | undefined;

  constructor(private readonly actions: QaPanelActions) {
    this.counts = h('div', { class: 'qa-counts' });
    this.list = h('ul', { class: 'qa-list', role: 'listbox', 'aria-label': 'Quality checks', 'aria-busy': 'true' });
    this.empty = h('p', { class: 'panel-empty qa-empty' }, 'Checking…');
    this.overflowNote = h('p', { class: 'panel-note', hidden: true });
    this.element = h(
      'section',
      { class: 'panel panel-qa', 'aria-labelledby': 'qa-heading' },
      h('div', { class: 'panel-header' }, h('h2', { id: 'qa-heading' }, 'Quality checks'), this.counts),
      this.list,
      this.empty,
      this.overflowNote,
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
    if (!issues) {
      for (const row of this.rows.splice(0)) row.element.remove();
      this.element.classList.remove('qa-long');
      this.counts.replaceChildren();
      this.showEmpty('Checking…', false);
      return;
    }
    const hadFocus = this.list.contains(document.activeElement);
    // Rows are updated in place: a review after each pause in typing mostly moves the
    // same issues by a few characters, which costs text writes, not a rebuilt list.
    const order = reviewOrder(issues).slice(0, MAX_ROWS);
    order.forEach((index, position) => this.updateRow(this.rows[position] ?? this.createRow(position), issues[index] as QaIssue, index, state.text));
    for (const row of this.rows.splice(order.length)) row.element.remove();
    this.renderCounts(issues);
    const long = this.rows.length >= LONG_LIST_ROWS;
    if (this.element.classList.contains('qa-long') !== long) this.element.classList.toggle('qa-long', long);
    this.showEmpty('No issues found', true, issues.length > 0);
    this.overflowNote.hidden = issues.length <= MAX_ROWS;
    this.overflowNote.textContent = this.overflowNote.hidden
      ? ''
      : `Showing ${MAX_ROWS.toLocaleString()} of ${issues.length.toLocaleString()} issues; the editor marks them all.`;
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
    const element = h(
      'li',
      { class: 'qa-issue', role: 'option', tabindex: '-1', 'aria-selected': 'false' },
      icon,
      h('div', { class: 'qa-body' }, h('div', { class: 'qa-title' }, check, meta), message, h('div', { class: 'qa-excerpt' }, before, match, after)),
    );
    const row: Row = { element, icon, check, meta, message, before, match, after, index: -1, signature: '' };
    element.addEventListener('click', () => this.open(row, true));
    element.addEventListener('focus', () => {
      this.focusIndex = this.rows.indexOf(row);
      this.updateTabStops();
    });
    this.rows[position] = row;
    this.list.append(element);
    return row;
  }

  private updateRow(row: Row, issue: QaIssue, index: number, text: string): void {
    row.index = index;
    const paragraph = issue.paragraph + 1;
    const line = this.actions.lineOf(index);
    const excerpt = excerptAround(text, issue.start, issue.end);
    const signature = [issue.severity, issue.check, issue.message, paragraph, line, excerpt.before, excerpt.match, excerpt.after].join('\u0000');
    if (signature === row.signature) return;
    const severityChanged = !row.signature.startsWith(`${issue.severity}\u0000`);
    row.signature = signature;
    const label = checkLabel(issue.check);
    if (severityChanged) {
      row.element.className = `qa-issue qa-${issue.severity}`;
      row.icon.replaceChildren(icon(SEVERITY_ICONS[issue.severity], 15));
    }
    row.element.setAttribute('aria-label', `${severityLabel(issue.severity)}: ${label}, paragraph ${paragraph}, line ${line}. ${issue.message}`);
    row.element.title = issue.message;
    row.element.dataset.check = issue.check;
    row.check.textContent = label;
    row.meta.textContent = `¶ ${paragraph} · line ${line}`;
    row.message.textContent = issue.message;
    row.before.data = excerpt.before;
    // A span of spaces (a double space) would be invisible: show each as ␣.
    row.match.textContent = excerpt.match.trim() === '' ? '␣'.repeat(Math.max(1, excerpt.match.length)) : excerpt.match;
    row.after.data = excerpt.after;
  }

  /** Show the row's issue in the editor; `focusEditor` goes there to fix it. */
  private open(row: Row, focusEditor: boolean): void {
    this.focusIndex = this.rows.indexOf(row);
    this.select(this.focusIndex);
    this.actions.reveal(row.index, focusEditor);
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
      const target = this.rows[Math.max(0, Math.min(this.rows.length - 1, to))];
      if (!target) return;
      target.element.focus();
      this.open(target, false);
    };
    switch (event.key) {
      case 'ArrowDown':
        move(position + 1);
        break;
      case 'ArrowUp':
        move(position - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(this.rows.length - 1);
        break;
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

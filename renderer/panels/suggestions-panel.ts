// The suggestions list: every pending glossary hit as "from → to" with its glossary and
// line. One Tab stop; ↑/↓ move (and show the hit in the editor), Enter applies, Delete
// skips, Space reveals. Items are updated in place, so typing in a long article costs
// a few attribute writes, not a rebuilt list.
//
// Readiness signal (documented for tests and the UI bench): the list element carries
// `aria-busy="true"` while a newer text is being matched, and
// `data-suggestions-version` = the editor model version the items describe.
import type { Change } from '../../core/types';
import type { SuggestionState } from '../suggestions/suggestion-store';
import { h, icon, ICONS } from '../ui/dom';
import { navigationTarget } from '../ui/list-navigation';
import { stepTarget, type Span } from '../navigation/suggestion-step';

/** Past this many items the list shows a note instead: nobody scrolls 1,000 rows, and
 * each row costs layout while typing. Apply all and F8 reach every suggestion. */
const MAX_ROWS = 300;

export interface SuggestionPanelActions {
  apply(change: Change): void;
  skip(change: Change): void;
  reveal(change: Change, focusEditor: boolean): void;
  resetSkipped(): void;
  /** Line of the post-edit a change sits on (1-based). */
  lineOf(change: Change): number;
}

interface Row {
  element: HTMLLIElement;
  from: HTMLElement;
  to: HTMLElement;
  meta: HTMLElement;
  signature: string;
  change: Change;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export class SuggestionsPanel {
  readonly element: HTMLElement;
  readonly list: HTMLUListElement;
  private readonly count: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly footer: HTMLElement;
  private readonly skippedNote: HTMLElement;
  private readonly overflowNote: HTMLElement;
  private rows: Row[] = [];
  /** Every pending suggestion, including those past MAX_ROWS (F8 reaches them all). */
  private pending: readonly Change[] = [];
  private focusIndex = 0;
  private activeIndex = -1;
  private hasGlossaries = false;
  /** Set by Apply/Skip from inside the list: focus stays in the list after the update. */
  private keepFocus = false;

  constructor(private readonly actions: SuggestionPanelActions) {
    this.count = h('span', { class: 'panel-count' });
    this.list = h('ul', {
      class: 'suggestion-list',
      'aria-label': 'Suggestions',
      'aria-busy': 'true',
      'data-suggestions-version': '-1',
    });
    this.empty = h('p', { class: 'panel-empty', hidden: true, tabindex: '-1' });
    this.overflowNote = h('p', { class: 'panel-note', hidden: true });
    this.skippedNote = h('span', {});
    const reset = h('button', { type: 'button', class: 'link-button' }, 'Show skipped again');
    reset.addEventListener('click', () => actions.resetSkipped());
    this.footer = h('div', { class: 'panel-footer', hidden: true }, this.skippedNote, reset);
    this.element = h(
      'section',
      { class: 'panel panel-suggestions', 'aria-labelledby': 'suggestions-heading' },
      h('div', { class: 'panel-header' }, h('h2', { id: 'suggestions-heading' }, 'Suggestions'), this.count),
      this.list,
      this.empty,
      this.overflowNote,
      this.footer,
    );
    this.list.addEventListener('keydown', (event) => this.onKey(event));
  }

  setHasGlossaries(has: boolean): void {
    this.hasGlossaries = has;
  }

  render(state: SuggestionState): void {
    const busy = state.fresh ? 'false' : 'true';
    if (this.list.getAttribute('aria-busy') !== busy) this.list.setAttribute('aria-busy', busy);
    if (!state.fresh && state.version >= 0 && Number(this.list.dataset.suggestionsVersion) === state.version) return;
    this.pending = state.pending;
    const changes = state.pending.slice(0, MAX_ROWS);

    for (let i = 0; i < changes.length; i++) {
      const change = changes[i] as Change;
      const row = this.rows[i] ?? this.createRow(i);
      this.updateRow(row, change);
    }
    for (const row of this.rows.splice(changes.length)) row.element.remove();

    this.list.dataset.suggestionsVersion = String(state.version);
    this.count.textContent = state.pending.length > 0 ? state.pending.length.toLocaleString() : '';
    this.overflowNote.hidden = state.pending.length <= MAX_ROWS;
    this.overflowNote.textContent = this.overflowNote.hidden ? '' : `Showing the first ${MAX_ROWS.toLocaleString()} of ${state.pending.length.toLocaleString()} suggestions. Apply all, or work through them with F8.`;
    this.empty.hidden = state.pending.length > 0;
    this.empty.textContent = this.hasGlossaries
      ? 'No suggestions: the loaded glossaries have nothing more to correct.'
      : 'Load a glossary to see its corrections here.';
    this.footer.hidden = state.skippedCount === 0;
    this.skippedNote.textContent = `${state.skippedCount} skipped`;

    this.focusIndex = Math.min(this.focusIndex, Math.max(0, this.rows.length - 1));
    if (this.activeIndex >= this.rows.length) this.activeIndex = -1;
    this.updateTabStops();
    // After Apply/Skip from the keyboard, the item under focus is gone: keep the user
    // in the list, on the item that took its place.
    if (this.keepFocus && state.fresh) {
      this.keepFocus = false;
      if (!this.list.contains(document.activeElement)) (this.rows[this.focusIndex]?.element ?? this.empty).focus();
    }
  }

  /** Step through suggestions from anywhere (F8 / Shift+F8) from the post-edit's
   *  selection, wrapping around (renderer/navigation/suggestion-step.ts). */
  step(direction: 1 | -1, selection: Span): Change | undefined {
    const index = stepTarget(this.pending, selection, direction);
    if (index === undefined) return undefined;
    this.setActive(index < this.rows.length ? index : -1);
    return this.pending[index];
  }

  focusList(): void {
    (this.rows[this.focusIndex] ?? this.rows[0])?.element.focus();
  }

  private createRow(index: number): Row {
    const from = h('span', { class: 'suggestion-from' });
    const to = h('span', { class: 'suggestion-to' });
    const meta = h('span', { class: 'suggestion-meta' });
    const apply = h('button', { type: 'button', class: 'button button-small primary-soft', tabindex: '-1' }, icon(ICONS.check, 14), 'Apply');
    const skip = h('button', { type: 'button', class: 'button button-small', tabindex: '-1' }, 'Skip');
    const element = h(
      'li',
      { class: 'suggestion', tabindex: '-1' },
      h('div', { class: 'suggestion-text' }, from, h('span', { class: 'suggestion-arrow', 'aria-hidden': 'true' }, '→'), to),
      h('div', { class: 'suggestion-footer' }, meta, h('div', { class: 'suggestion-actions' }, apply, skip)),
    );
    const row: Row = { element, from, to, meta, signature: '', change: undefined as unknown as Change };
    apply.addEventListener('click', (event) => {
      event.stopPropagation();
      this.focusIndex = this.rows.indexOf(row);
      this.keepFocus = true;
      this.actions.apply(row.change);
    });
    skip.addEventListener('click', (event) => {
      event.stopPropagation();
      this.focusIndex = this.rows.indexOf(row);
      this.keepFocus = true;
      this.actions.skip(row.change);
    });
    element.addEventListener('click', () => {
      this.focusIndex = this.rows.indexOf(row);
      this.setActive(this.focusIndex);
      this.actions.reveal(row.change, false);
    });
    element.addEventListener('focus', () => {
      this.focusIndex = this.rows.indexOf(row);
      this.updateTabStops();
    });
    this.rows[index] = row;
    this.list.append(element);
    return row;
  }

  private updateRow(row: Row, change: Change): void {
    row.change = change;
    const line = this.actions.lineOf(change);
    const signature = `${change.from}\u0000${change.to}\u0000${change.glossary}\u0000${change.line}\u0000${line}`;
    if (signature === row.signature) return;
    row.signature = signature;
    row.from.textContent = change.from;
    row.to.textContent = change.to;
    row.meta.textContent = `${fileName(change.glossary)}:${change.line} · line ${line}`;
    row.element.setAttribute('aria-label', `${change.from} → ${change.to}`);
    row.element.title = change.note ? `${change.note}` : '';
  }

  private setActive(index: number): void {
    this.rows[this.activeIndex]?.element.removeAttribute('aria-current');
    this.activeIndex = index;
    this.rows[index]?.element.setAttribute('aria-current', 'true');
    this.rows[index]?.element.scrollIntoView({ block: 'nearest' });
  }

  private updateTabStops(): void {
    this.rows.forEach((row, i) => (row.element.tabIndex = i === this.focusIndex ? 0 : -1));
  }

  private onKey(event: KeyboardEvent): void {
    const index = this.rows.findIndex((row) => row.element === document.activeElement);
    if (index < 0) return;
    const row = this.rows[index] as Row;
    const move = (to: number) => {
      const next = this.rows[to];
      if (!next) return;
      next.element.focus();
      this.setActive(to);
      this.actions.reveal(next.change, false);
    };
    const target = navigationTarget(event.key, index, this.rows.length);
    if (target !== undefined) {
      move(target);
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'Enter':
        this.keepFocus = true;
        this.actions.apply(row.change);
        break;
      case 'Delete':
      case 'Backspace':
        this.keepFocus = true;
        this.actions.skip(row.change);
        break;
      case ' ':
        this.setActive(index);
        this.actions.reveal(row.change, false);
        break;
      default:
        return;
    }
    event.preventDefault();
  }
}

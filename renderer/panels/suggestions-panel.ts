// The suggestions list: every pending glossary hit as "from → to", the hit in its context
// ("…Kerry met [Green] on…" tells "Green → Zelensky" from "Green energy"), its glossary
// and line. The window's one list component (renderer/ui/list/keyboard-list.ts): one Tab
// stop; ↑/↓ move (and show the hit in the editor), Enter applies, Delete skips, Space
// shows it. Above the list, the offers learnt from the editor's own repeated fixes
// (renderer/suggestions/edit-offers.ts) take their place without taking the focus.
//
// Readiness signal (documented for tests and the UI bench): the list element carries
// `aria-busy="true"` while a newer text is being matched, and
// `data-suggestions-version` = the editor model version the items describe.
import type { ContextSnippet } from '../../core/text/context-snippet';
import type { Change } from '../../core/types';
import type { SuggestionState } from '../suggestions/suggestion-store';
import { h, icon, ICONS } from '../ui/dom';
import { stepTarget, type Span } from '../navigation/suggestion-step';
import { KeyboardList, rowAction, type ListRowView } from '../ui/list/keyboard-list';
import { CollapsibleSection } from '../ui/side-sections';

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
  /** The hit with a few words either side, from the current post-edit. */
  contextOf(change: Change): ContextSnippet;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function sameChange(a: Change, b: Change): boolean {
  return a.start === b.start && a.end === b.end && a.from === b.from && a.to === b.to && a.glossary === b.glossary && a.line === b.line;
}

export class SuggestionsPanel {
  readonly element: HTMLElement;
  readonly section: CollapsibleSection;
  /** The listbox (aria-busy and data-suggestions-version live on it). */
  readonly list: HTMLElement;
  /** Where offers learnt from the editor's repeated fixes go (above the list). */
  readonly offersHost: HTMLElement;
  private readonly rows: KeyboardList<Change>;
  private readonly count: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly footer: HTMLElement;
  private readonly skippedNote: HTMLElement;
  private readonly overflowNote: HTMLElement;
  /** Every pending suggestion, including those past MAX_ROWS (F8 reaches them all). */
  private pending: readonly Change[] = [];
  private hasGlossaries = false;

  constructor(private readonly actions: SuggestionPanelActions) {
    this.rows = new KeyboardList<Change>({
      label: 'Suggestions',
      className: 'suggestion-list',
      keysHint: 'Enter applies the suggestion, Delete skips it, Space shows it in the text.',
      createRow: () => this.createRow(),
      same: sameChange,
      markCurrent: true,
      actions: {
        apply: (change) => actions.apply(change),
        skip: (change) => actions.skip(change),
        reveal: (change, index) => {
          this.rows.select(index);
          actions.reveal(change, false);
        },
      },
      keys: { Enter: 'apply', Delete: 'skip', Backspace: 'skip', ' ': 'reveal' },
      onMove: (change, index) => {
        this.rows.select(index);
        actions.reveal(change, false);
      },
      onClick: (change, index) => {
        this.rows.select(index);
        actions.reveal(change, false);
      },
    });
    this.list = this.rows.element;
    this.list.setAttribute('aria-busy', 'true');
    this.list.dataset.suggestionsVersion = '-1';
    this.count = h('span', { class: 'panel-count' });
    this.offersHost = h('div', { class: 'edit-offers' });
    this.empty = h('p', { class: 'panel-empty', hidden: true });
    this.overflowNote = h('p', { class: 'panel-note', hidden: true });
    this.skippedNote = h('span', {});
    const reset = h('button', { type: 'button', class: 'link-button' }, 'Show skipped again');
    reset.addEventListener('click', () => actions.resetSkipped());
    this.footer = h('div', { class: 'panel-footer', hidden: true }, this.skippedNote, reset);
    this.section = new CollapsibleSection({
      id: 'suggestions',
      title: 'Suggestions',
      className: 'panel-suggestions',
      headerExtras: [this.count],
      body: [this.offersHost, this.list, this.empty, this.overflowNote, this.footer],
    });
    this.element = this.section.element;
  }

  setHasGlossaries(has: boolean): void {
    this.hasGlossaries = has;
  }

  render(state: SuggestionState): void {
    const busy = state.fresh ? 'false' : 'true';
    if (this.list.getAttribute('aria-busy') !== busy) this.list.setAttribute('aria-busy', busy);
    if (!state.fresh && state.version >= 0 && Number(this.list.dataset.suggestionsVersion) === state.version) return;
    this.pending = state.pending;
    this.rows.setItems(state.pending.length > MAX_ROWS ? state.pending.slice(0, MAX_ROWS) : state.pending);
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
    this.section.setEmpty(state.pending.length === 0 && this.offersHost.childElementCount === 0);
  }

  /** Step through suggestions from anywhere (F8 / Shift+F8) from the post-edit's
   *  selection, wrapping around (renderer/navigation/suggestion-step.ts). */
  step(direction: 1 | -1, selection: Span): Change | undefined {
    const index = stepTarget(this.pending, selection, direction);
    if (index === undefined) return undefined;
    this.rows.select(index < this.rows.size ? index : -1);
    return this.pending[index];
  }

  /** Focus the list (F6), on the item last focused; the section opens if collapsed. */
  focusList(): void {
    this.section.expand();
    this.rows.focus();
  }

  /** Whether focus is in the list (Ctrl+Z there keeps it there). */
  hasFocus(): boolean {
    return this.rows.hasFocus();
  }

  /** The offers changed: an empty panel with an offer is not empty. */
  offersChanged(): void {
    this.section.setEmpty(this.pending.length === 0 && this.offersHost.childElementCount === 0);
  }

  private createRow(): ListRowView<Change> {
    const from = h('span', { class: 'suggestion-from' });
    const to = h('span', { class: 'suggestion-to' });
    const before = document.createTextNode('');
    const hit = h('mark', {});
    const after = document.createTextNode('');
    const context = h('div', { class: 'suggestion-context' }, before, hit, after);
    const meta = h('span', { class: 'suggestion-meta' });
    // The correction and its actions; the hit in context (a line of its own, so the hit
    // shows in a narrow panel); where it is.
    const element = h(
      'div',
      { class: 'suggestion' },
      h(
        'div',
        { class: 'suggestion-head' },
        h('div', { class: 'suggestion-text' }, from, h('span', { class: 'suggestion-arrow', 'aria-hidden': 'true' }, '→'), to),
        h('div', { class: 'suggestion-actions' }, rowAction('apply', icon(ICONS.check, 13), 'Apply'), rowAction('skip', 'Skip')),
      ),
      context,
      meta,
    );
    return {
      element,
      update: (change) => {
        const line = this.actions.lineOf(change);
        const snippet = this.actions.contextOf(change);
        from.textContent = change.from;
        to.textContent = change.to;
        before.data = snippet.before;
        hit.textContent = snippet.hit;
        after.data = snippet.after;
        meta.textContent = `${fileName(change.glossary)}:${change.line} · line ${line}`;
        element.setAttribute('aria-label', `${change.from} → ${change.to}`);
        element.setAttribute('aria-description', `${snippet.before}${snippet.hit}${snippet.after}; line ${line}`);
        element.title = change.note ? `${change.note}` : '';
      },
    };
  }
}

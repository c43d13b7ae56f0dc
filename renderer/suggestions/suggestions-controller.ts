// The suggestions: what the glossaries propose for the post-edit (SuggestionStore), shown
// in the list, marked in the editor and counted in the status bar; applied one at a time,
// at the cursor or all at once (each an ordinary editor edit, one undo step, recorded as
// applied so it is counted and never suggested again); skipped (a decision QA respects);
// stepped through with F8; and "Add to glossary", which writes the user's own glossary
// and applies the new term at once unless the editor chose "Only add".
// Rule cycles in the glossaries are told once each, as a toast.
import type { Change } from '../../core/types';
import { askForTerm, appendTerm, lastLine } from '../dialogs/add-term-dialog';
import { showError } from '../dialogs/confirm-dialog';
import { applySuggestions, stillMatching } from '../editor/apply-suggestions';
import type { DiffView } from '../editor/diff-view';
import type { SuggestionDecorations } from '../editor/suggestion-decorations';
import type { GlossaryList } from '../glossaries/glossary-list';
import type { Host } from '../host/host';
import type { SuggestionsPanel } from '../panels/suggestions-panel';
import type { Announcer } from '../ui/announcer';
import type { StatusBar } from '../ui/status-bar';
import type { SuggestionStore } from './suggestion-store';
import { USER_GLOSSARY } from '../../shared/contract';

export interface SuggestionsControllerDeps {
  host: Host;
  store: SuggestionStore;
  glossaries: GlossaryList;
  diffView: DiffView;
  decorations: SuggestionDecorations;
  panel: SuggestionsPanel;
  statusBar: StatusBar;
  /** The toolbar's Apply all button: aria-disabled while there is nothing to apply. */
  applyAllButton: HTMLElement;
  announcer: Announcer;
  /** The editor decided something QA should know (a skip): review again. */
  onDecided(): void;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

export class SuggestionsController {
  /** Cycles already told about in this window (each once). */
  private readonly toldCycles = new Set<string>();

  constructor(private readonly deps: SuggestionsControllerDeps) {
    const { store, panel, decorations, statusBar, applyAllButton, glossaries } = deps;
    store.onChange((state) => {
      panel.render(state);
      if (!state.fresh) return;
      decorations.show(state.pending);
      statusBar.setSuggestions(state.pending.length);
      statusBar.setWords(state.words);
      const nothingToApply = String(state.pending.length === 0);
      if (applyAllButton.getAttribute('aria-disabled') !== nothingToApply) applyAllButton.setAttribute('aria-disabled', nothingToApply);
    });
    glossaries.onChange(() => {
      panel.setHasGlossaries(glossaries.all.some((item) => item.enabled && !item.error));
      store.refresh();
      this.tellCycles(glossaries.cycles);
    });
  }

  reveal(change: Change, focusEditor: boolean): void {
    this.deps.decorations.highlight(change);
    this.deps.diffView.revealOffsets(change.start, change.end, focusEditor);
  }

  async applyOne(change: Change): Promise<void> {
    const { store, decorations } = this.deps;
    await store.whenFresh();
    const current = store.locate(change);
    if (!current) return;
    decorations.highlight(undefined);
    this.apply([current], 'glossa.apply');
  }

  async applyAll(): Promise<void> {
    const { store, decorations, announcer } = this.deps;
    await store.whenFresh();
    const pending = store.state.pending;
    if (pending.length === 0) {
      announcer.say('No suggestions to apply');
      return;
    }
    decorations.highlight(undefined);
    this.apply(pending, 'glossa.apply-all');
    announcer.say(`Applied ${plural(pending.length, 'suggestion', 'suggestions')} (Ctrl+Z undoes)`);
  }

  async applyAtCursor(): Promise<void> {
    const { store, announcer } = this.deps;
    await store.whenFresh();
    const offset = this.cursorOffset();
    const change = store.state.pending.find((c) => c.start <= offset && offset <= c.end);
    if (change) this.apply([change], 'glossa.apply');
    else announcer.say('No suggestion at the cursor');
  }

  skip(change: Change): void {
    this.deps.store.skip(change);
    this.deps.onDecided();
  }

  resetSkipped(): void {
    this.deps.store.resetSkipped();
    this.deps.onDecided();
  }

  /** F8 / Shift+F8; `focusEditor` false when pressed in a side panel (focus stays there). */
  step(direction: 1 | -1, focusEditor = true): void {
    const change = this.deps.panel.step(direction, this.deps.diffView.selectionOffsets());
    if (change) this.reveal(change, focusEditor);
    else this.deps.announcer.say('No suggestions');
  }

  async addToGlossary(): Promise<void> {
    const { host, glossaries, diffView, announcer, store } = this.deps;
    const decision = await askForTerm(diffView.selectedText());
    if (!decision) {
      diffView.focus();
      return;
    }
    const { term, applyEverywhere } = decision;
    const existing = glossaries.userGlossary;
    const bytes = appendTerm(existing?.bytes, term);
    try {
      await host.writeUserGlossary(bytes);
    } catch (error) {
      await showError('Cannot save to your glossary', error instanceof Error ? error.message : String(error));
      return;
    }
    if (existing) await glossaries.update(existing.key, bytes);
    else await glossaries.add({ name: USER_GLOSSARY.fileName, bytes, role: 'user-glossary' });
    const added = `“${term.source} → ${term.target}”`;
    if (!applyEverywhere) {
      announcer.say(`Added ${added} to ${USER_GLOSSARY.title}`);
      diffView.focus();
      return;
    }
    // The new entry's hits, as the engine finds them with every other rule in place.
    await store.whenFresh();
    const user = glossaries.userGlossary;
    const line = lastLine(bytes);
    const hits = store.state.pending.filter((change) => change.glossary === user?.file && change.line === line);
    this.apply(hits, 'glossa.add-term');
    announcer.say(
      hits.length > 0
        ? `Added ${added} to ${USER_GLOSSARY.title} and applied it in ${plural(hits.length, 'place', 'places')} (Ctrl+Z undoes)`
        : `Added ${added} to ${USER_GLOSSARY.title}; it does not appear in this article`,
    );
    diffView.focus();
  }

  /** One editor edit (one undo step), recorded as applied. */
  private apply(changes: readonly Change[], source: string): void {
    const { diffView, store } = this.deps;
    const model = diffView.postEditModel;
    if (!model || changes.length === 0) return;
    const matching = stillMatching(model, changes);
    if (matching.length < changes.length) console.error(`Glossa: ${changes.length - matching.length} suggestions no longer match their text; not applied`);
    const versionBefore = model.getAlternativeVersionId();
    if (applySuggestions(diffView.modified, matching, source)) store.recordApplied(matching, versionBefore);
  }

  private tellCycles(cycles: readonly string[]): void {
    const fresh = cycles.filter((cycle) => !this.toldCycles.has(cycle));
    if (fresh.length === 0) return;
    for (const cycle of fresh) this.toldCycles.add(cycle);
    this.deps.announcer.warn(
      `${fresh.length === 1 ? 'These glossary rules form a cycle' : 'These glossary rules form cycles'} and change nothing: ${fresh.join('; ')}`,
    );
  }

  private cursorOffset(): number {
    const model = this.deps.diffView.postEditModel;
    const position = this.deps.diffView.modified.getPosition();
    return model && position ? model.getOffsetAt(position) : 0;
  }
}

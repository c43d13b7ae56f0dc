// The suggestions: what the glossaries propose for the post-edit (SuggestionStore), shown
// in the list, marked in the editor and counted in the status bar; applied one at a time,
// at the cursor or all at once (each an ordinary editor edit, one undo step); stepped
// through with F8; and "Add to glossary", which writes the user's own glossary.
import type { Change } from '../../core/types';
import { askForTerm, appendTerm } from '../dialogs/add-term-dialog';
import { showError } from '../dialogs/confirm-dialog';
import { applySuggestions } from '../editor/apply-suggestions';
import type { DiffView } from '../editor/diff-view';
import type { SuggestionDecorations } from '../editor/suggestion-decorations';
import { USER_GLOSSARY_FILE, type GlossaryList } from '../glossaries/glossary-list';
import type { Host } from '../host/host';
import type { SuggestionsPanel } from '../panels/suggestions-panel';
import type { Announcer } from '../ui/announcer';
import type { StatusBar } from '../ui/status-bar';
import type { SuggestionStore } from './suggestion-store';

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
}

export class SuggestionsController {
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
    });
  }

  reveal(change: Change, focusEditor: boolean): void {
    this.deps.decorations.highlight(change);
    this.deps.diffView.revealOffsets(change.start, change.end, focusEditor);
  }

  async applyOne(change: Change): Promise<void> {
    const { store, decorations, diffView } = this.deps;
    await store.whenFresh();
    const current = store.locate(change);
    if (!current) return;
    decorations.highlight(undefined);
    applySuggestions(diffView.modified, [current], 'glossa.apply');
  }

  async applyAll(): Promise<void> {
    const { store, decorations, diffView, announcer } = this.deps;
    await store.whenFresh();
    const pending = store.state.pending;
    if (pending.length === 0) {
      announcer.say('No suggestions to apply');
      return;
    }
    decorations.highlight(undefined);
    applySuggestions(diffView.modified, pending, 'glossa.apply-all');
    announcer.say(`Applied ${pending.length} ${pending.length === 1 ? 'suggestion' : 'suggestions'} (Ctrl+Z undoes)`);
  }

  async applyAtCursor(): Promise<void> {
    const { store, diffView, announcer } = this.deps;
    await store.whenFresh();
    const offset = this.cursorOffset();
    const change = store.state.pending.find((c) => c.start <= offset && offset <= c.end);
    if (change) applySuggestions(diffView.modified, [change], 'glossa.apply');
    else announcer.say('No suggestion at the cursor');
  }

  step(direction: 1 | -1): void {
    const change = this.deps.panel.step(direction, this.cursorOffset());
    if (change) this.reveal(change, true);
    else this.deps.announcer.say('No suggestions');
  }

  async addToGlossary(): Promise<void> {
    const { host, glossaries, diffView, announcer } = this.deps;
    const term = await askForTerm(diffView.selectedText());
    if (!term) {
      diffView.focus();
      return;
    }
    const existing = glossaries.userGlossary;
    const bytes = appendTerm(existing?.bytes, term);
    try {
      await host.writeUserGlossary(bytes);
    } catch (error) {
      await showError('Cannot save to your glossary', error instanceof Error ? error.message : String(error));
      return;
    }
    if (existing) await glossaries.update(existing.key, bytes);
    else await glossaries.add({ name: USER_GLOSSARY_FILE, bytes });
    announcer.say(`Added “${term.source} → ${term.target}” to My corrections`);
    diffView.focus();
  }

  private cursorOffset(): number {
    const model = this.deps.diffView.postEditModel;
    const position = this.deps.diffView.modified.getPosition();
    return model && position ? model.getOffsetAt(position) : 0;
  }
}

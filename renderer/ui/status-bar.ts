// The status bar: article language, words, changes against the MT, pending
// suggestions, cursor position and whether the work is saved. `data-autosave` on the
// save indicator ("saved" | "pending" | "failed") is a documented readiness signal.
import { h } from './dom';

export type SaveState = 'saved' | 'autosaved' | 'unsaved' | 'pending' | 'failed';

/** Writes text only when it changes: each write would cost a style and layout pass. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function item(label: string): { element: HTMLElement; value: HTMLElement } {
  const value = h('span', { class: 'status-value' });
  const element = h('div', { class: 'status-item', title: label }, h('span', { class: 'visually-hidden' }, `${label}: `), value);
  return { element, value };
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export class StatusBar {
  readonly element: HTMLElement;
  private readonly language = item('Article language');
  private readonly words = item('Words');
  private readonly changes = item('Changes against the MT');
  private readonly suggestions = item('Pending suggestions');
  private readonly cursor = item('Cursor');
  private readonly save = item('Saving');

  constructor() {
    this.save.element.classList.add('status-save');
    this.element = h(
      'footer',
      { class: 'status-bar', 'aria-label': 'Status' },
      this.language.element,
      this.words.element,
      this.changes.element,
      this.suggestions.element,
      h('div', { class: 'status-spacer' }),
      this.cursor.element,
      this.save.element,
    );
  }

  setLanguage(language: { language: string; iso6391?: string } | undefined): void {
    if (!language) {
      setText(this.language.value, 'Detecting language…');
      return;
    }
    if (language.language === 'und') {
      setText(this.language.value, 'Language unknown');
      return;
    }
    let name = language.language;
    try {
      name = languageNames.of(language.iso6391 ?? language.language) ?? name;
    } catch {
      // Not a code Intl knows: show the ISO 639-3 code itself.
    }
    setText(this.language.value, `${name} (${language.iso6391 ?? language.language})`);
  }

  setWords(words: number): void {
    setText(this.words.value, `${words.toLocaleString()} ${words === 1 ? 'word' : 'words'}`);
  }

  setChanges(changes: number | undefined): void {
    setText(
      this.changes.value,
      changes === undefined ? 'Comparing…' : `${changes.toLocaleString()} ${changes === 1 ? 'change' : 'changes'}`,
    );
  }

  /** Shows the last settled count; a keystroke's brief re-match changes nothing visible. */
  setSuggestions(pending: number): void {
    setText(this.suggestions.value, `${pending.toLocaleString()} ${pending === 1 ? 'suggestion' : 'suggestions'}`);
  }

  setCursor(line: number, column: number): void {
    setText(this.cursor.value, `Ln ${line}, Col ${column}`);
  }

  setSaveState(state: SaveState, at?: number): void {
    const time = at ? new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
    const text: Record<SaveState, string> = {
      saved: time ? `Saved ${time}` : 'Saved',
      autosaved: time ? `Autosaved ${time}` : 'Autosaved',
      unsaved: 'Unsaved changes',
      pending: 'Unsaved changes',
      failed: 'Autosave failed',
    };
    setText(this.save.value, text[state]);
    this.save.element.dataset.autosave = state;
  }
}

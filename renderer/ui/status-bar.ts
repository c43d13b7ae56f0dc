// The status bar: article language (and paragraphs in another one), words, changes
// against the MT, HTER, pending suggestions, cursor position and whether the work is
// saved. `data-autosave` on the save indicator ("saved" | "pending" | "failed") is a
// documented readiness signal.
import type { HterFigures } from '../engine/protocol';
import { h } from './dom';
import { languageName } from './language-name';

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

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** The HTER item's tooltip: what the percentage is made of. */
export function describeHter(hter: HterFigures): string {
  return [
    `HTER ${hter.ter.toFixed(1)}%: ${plural(hter.edits, 'edit', 'edits')} / ${plural(hter.refWords, 'word', 'words')} of the post-edit`,
    `${hter.inserted.toLocaleString()} inserted, ${hter.deleted.toLocaleString()} deleted, ${hter.substituted.toLocaleString()} substituted, ${plural(hter.shifts, 'shift', 'shifts')}`,
    `${plural(hter.changedParagraphs, 'paragraph', 'paragraphs')} of ${hter.paragraphs.toLocaleString()} changed, ${plural(hter.charsChanged, 'character', 'characters')}`,
  ].join('\n');
}
export class StatusBar {
  readonly element: HTMLElement;
  private readonly language = item('Article language');
  private readonly words = item('Words');
  private readonly changes = item('Changes against the MT');
  private readonly hter = item('Edit rate');
  /** "1 paragraph in another language", beside the language; empty when none. */
  private readonly foreign = h('span', { class: 'status-foreign', hidden: true });
  private readonly suggestions = item('Pending suggestions');
  private readonly cursor = item('Cursor');
  private readonly save = item('Saving');

  constructor() {
    this.save.element.classList.add('status-save');
    this.language.element.append(this.foreign);
    this.element = h(
      'footer',
      { class: 'status-bar', 'aria-label': 'Status' },
      this.language.element,
      this.words.element,
      this.changes.element,
      this.hter.element,
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
    setText(this.language.value, `${languageName(language)} (${language.iso6391 ?? language.language})`);
  }

  /** Paragraphs the review found in another language than the article's. */
  setForeignParagraphs(count: number, languageOfArticle?: string): void {
    this.foreign.hidden = count === 0;
    const text = count === 0 ? '' : `${plural(count, 'paragraph', 'paragraphs')} not in ${languageOfArticle ?? 'its language'}`;
    setText(this.foreign, text);
  }

  setHter(hter: HterFigures | undefined): void {
    setText(this.hter.value, hter ? `HTER ${hter.ter.toFixed(1)}%` : 'HTER –');
    const title = hter ? describeHter(hter) : 'Edit rate (HTER): waiting for the review';
    if (this.hter.element.title !== title) this.hter.element.title = title;
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

// The status bar: article language (and paragraphs in another one), words, the edit
// figures against the MT (changed words, TER edits, HTER: each named, with a tooltip
// saying what it counts, and the same figures as the review report), pending
// suggestions, cursor position and whether the work is saved.
// Documented readiness signals: `data-autosave` on the save indicator ("saved" |
// "autosaved" | "pending" | "failed"); `data-version` on the edit figures = the post-edit
// model version they describe.
import type { EditFigures } from '../engine/edit-meter';
import type { HterFigures } from '../engine/protocol';
import { h } from './dom';
import { languageName } from './language-name';

export type SaveState = 'saved' | 'autosaved' | 'unsaved' | 'pending' | 'failed';

/** Writes text only when it changes: each write would cost a style and layout pass. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function item(label: string, status?: string): { element: HTMLElement; value: HTMLElement } {
  const value = h('span', { class: 'status-value' });
  const element = h('div', { class: 'status-item', title: label, ...(status ? { 'data-status': status } : {}) }, h('span', { class: 'visually-hidden' }, `${label}: `), value);
  return { element, value };
}

function setTitle(element: HTMLElement, title: string): void {
  if (element.title !== title) element.title = title;
}

/** A percentage as the review report prints it: two decimals, as sacreBLEU does. */
export function formatHter(ter: number): string {
  return `${ter.toFixed(2)}%`;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** The HTER item's tooltip: what the percentage is made of. */
export function describeHter(hter: HterFigures): string {
  return [
    `HTER ${formatHter(hter.ter)}: ${plural(hter.edits, 'TER edit', 'TER edits')} / ${plural(hter.refWords, 'word', 'words')} of the post-edit × 100`,
    'Human-targeted translation edit rate: how much of the MT had to change (sacreBLEU’s TER of the MT against your post-edit, per aligned paragraph), as in the review report.',
    `${plural(hter.changedParagraphs, 'paragraph', 'paragraphs')} of ${hter.paragraphs.toLocaleString()} changed, ${plural(hter.charsChanged, 'character', 'characters')}`,
  ].join('\n');
}

/** The TER edits item's tooltip. */
export function describeTerEdits(hter: HterFigures): string {
  return [
    `${plural(hter.edits, 'TER edit', 'TER edits')}: the fewest word edits that turn the MT into your post-edit`,
    `${hter.inserted.toLocaleString()} inserted, ${hter.deleted.toLocaleString()} deleted, ${hter.substituted.toLocaleString()} substituted, ${plural(hter.shifts, 'shift', 'shifts')} (moving a run of words counts as one edit)`,
  ].join('\n');
}

/** The changed words item's tooltip. */
export function describeChangedWords(figures: EditFigures): string {
  return [
    `${plural(figures.changedWords, 'changed word', 'changed words')}: words of the post-edit you wrote or changed against the MT (the review report's "Words changed")`,
    `${plural(figures.deletedWords, 'MT word', 'MT words')} removed or replaced`,
  ].join('\n');
}
export class StatusBar {
  readonly element: HTMLElement;
  private readonly language = item('Article language');
  private readonly words = item('Words');
  private readonly changedWords = item('Changed words', 'changed-words');
  private readonly terEdits = item('TER edits', 'ter-edits');
  private readonly hter = item('HTER', 'hter');
  /** "1 paragraph in another language", beside the language; empty when none. */
  private readonly foreign = h('span', { class: 'status-foreign', hidden: true });
  private readonly suggestions = item('Pending suggestions');
  private readonly confirmed = item('Paragraphs confirmed', 'confirmed');
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
      this.changedWords.element,
      this.terEdits.element,
      this.hter.element,
      this.suggestions.element,
      this.confirmed.element,
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

  /** The edit figures for post-edit model `version`; undefined while measuring. */
  setEditFigures(figures: EditFigures | undefined, version: number): void {
    const measuring = 'measuring…';
    setText(this.changedWords.value, figures ? plural(figures.changedWords, 'changed word', 'changed words') : `Changed words ${measuring}`);
    setText(this.terEdits.value, figures ? plural(figures.edits, 'TER edit', 'TER edits') : `TER edits ${measuring}`);
    setText(this.hter.value, figures ? `HTER ${formatHter(figures.ter)}` : 'HTER –');
    setTitle(this.changedWords.element, figures ? describeChangedWords(figures) : 'Changed words: being measured');
    setTitle(this.terEdits.element, figures ? describeTerEdits(figures) : 'TER edits: being measured');
    setTitle(this.hter.element, figures ? describeHter(figures) : 'HTER (human-targeted translation edit rate): being measured');
    for (const element of [this.changedWords.element, this.terEdits.element, this.hter.element]) element.dataset.version = String(version);
  }

  setWords(words: number): void {
    setText(this.words.value, `${words.toLocaleString()} ${words === 1 ? 'word' : 'words'}`);
  }

  /** Shows the last settled count; a keystroke's brief re-match changes nothing visible. */
  setSuggestions(pending: number): void {
    setText(this.suggestions.value, `${pending.toLocaleString()} ${pending === 1 ? 'suggestion' : 'suggestions'}`);
  }

  /** "7 / 10 paragraphs confirmed" (Ctrl+Enter confirms); hidden without an article. */
  setConfirmed(count: { confirmed: number; total: number } | undefined): void {
    this.confirmed.element.hidden = count === undefined;
    if (!count) return;
    setText(this.confirmed.value, `${count.confirmed.toLocaleString()} / ${count.total.toLocaleString()} ${count.total === 1 ? 'paragraph' : 'paragraphs'} confirmed`);
    setTitle(this.confirmed.element, 'Paragraphs confirmed: Ctrl+Enter confirms the paragraph at the cursor and goes to the next unconfirmed one; editing a confirmed paragraph takes its confirmation back');
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

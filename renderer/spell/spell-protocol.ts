// The messages between the window and its spell worker (spell.worker.ts). The worker
// holds one Hunspell session for the post-edit's language; the window sends it the text
// of the paragraphs just edited and underlines what comes back.
import type { SpellLanguage } from '../../core/spell/language-list';
import type { Misspelling } from '../../core/spell/types';

export interface DictionaryFiles {
  language: SpellLanguage;
  /** Absolute URLs of the .aff and .dic files (renderer/spell/dictionaries.ts). */
  aff: string;
  dic: string;
}

export interface SpellCalls {
  /** Load a language's dictionary (replacing the one loaded), with the user's own words. */
  load: { request: { dictionary: DictionaryFiles; userWords: string[] }; response: { language: SpellLanguage } };
  /** The article's context: words never flagged (glossary terms, the source's words)
   *  and the words the editor chose to ignore in it. */
  context: { request: { protectedWords: string[]; sourceText?: string; ignoredWords: string[] }; response: null };
  /** Misspellings in `text` (offsets into it). */
  check: { request: { text: string }; response: { misspellings: Misspelling[] } };
  suggest: { request: { word: string }; response: { suggestions: string[] } };
  'add-word': { request: { word: string }; response: null };
  'ignore-word': { request: { word: string }; response: null };
}

export type SpellCallKind = keyof SpellCalls;

export type SpellRequest<K extends SpellCallKind = SpellCallKind> = K extends SpellCallKind
  ? { kind: K; id: number } & SpellCalls[K]['request']
  : never;

export type SpellResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; message: string };

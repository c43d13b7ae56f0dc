// The window's spell worker: Hunspell (WebAssembly, core/spell) with the post-edit's
// dictionary, answering the paragraphs being typed in, suggestions, "Add to dictionary"
// and "Ignore in this article". Off the UI thread, so loading a dictionary (a quarter of
// a second for German) and checking never hold up a keystroke. See spell-protocol.ts.
import type { SpellChecker } from '../../core/spell/checker';
import { protectedWordsOf } from '../../core/spell/protected-words';
import { loadSpellChecker } from './load-dictionary';
import { misspellingsIn } from './misspellings';
import type { SpellCallKind, SpellCalls, SpellRequest, SpellResponse } from './spell-protocol';

let checker: SpellChecker | undefined;
let protectedWords: ReadonlySet<string> = new Set();
/** The article's ignored words, kept here too: a dictionary loaded later takes them. */
let ignored: string[] = [];

function loaded(): SpellChecker {
  if (!checker) throw new Error('No dictionary is loaded');
  return checker;
}

type Handlers = {
  [K in SpellCallKind]: (request: SpellRequest<K>) => SpellCalls[K]['response'] | Promise<SpellCalls[K]['response']>;
};

const handlers: Handlers = {
  load: async ({ dictionary, userWords }) => {
    const next = await loadSpellChecker(dictionary, { userWords, ignoredWords: ignored });
    checker?.dispose();
    checker = next;
    return { language: dictionary.language };
  },
  context: ({ protectedWords: words, sourceText, ignoredWords }) => {
    const set = sourceText === undefined ? new Set<string>() : protectedWordsOf([], sourceText);
    for (const word of words) set.add(word);
    protectedWords = set;
    ignored = [...ignoredWords];
    if (checker) {
      for (const word of checker.ignoredWords()) checker.unignoreWord(word);
      for (const word of ignored) checker.ignoreWord(word);
    }
    return null;
  },
  check: ({ text }) => ({ misspellings: misspellingsIn(text, loaded(), protectedWords) }),
  suggest: ({ word }) => ({ suggestions: loaded().suggest(word) }),
  'add-word': ({ word }) => {
    loaded().addWord(word);
    return null;
  },
  'ignore-word': ({ word }) => {
    ignored.push(word);
    loaded().ignoreWord(word);
    return null;
  },
};

self.onmessage = async (event: MessageEvent<SpellRequest>) => {
  const request = event.data;
  let response: SpellResponse;
  try {
    const handler = handlers[request.kind] as (r: SpellRequest) => unknown;
    response = { id: request.id, ok: true, result: await handler(request) };
  } catch (error) {
    response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};

// The engine's Web Worker: decoding, glossary parsing, matching, language detection and
// review run here so a 50,000-word article never blocks typing. It keeps parsed glossaries
// by key and one compiled set; see renderer/engine/protocol.ts for the messages. The
// window runs two of these (engine-client.ts): matching never queues behind a review.
import { compileGlossaries, findMatches, isReplacementRule, type CompiledGlossaries } from '../core/engine/index';
import { loadGlossary } from '../core/glossary/load-glossary';
import { detectLanguage } from '../core/language/detect';
import { decodeText } from '../core/text/decode';
import { countWords } from '../core/text/paragraphs';
import { InputError } from '../core/errors';
import type { Glossary } from '../core/types';
import { EXPORT_FORMATS, exportArticle } from '../core/export/index';
import { describeCycles } from './engine/glossary-cycles';
import { TextMirror } from './engine/text-mirror';
import { reviewArticle } from './engine/review-article';
import type { EngineCallKind, EngineCalls, EngineFailure, EngineRequest, EngineResponse } from './engine/protocol';

const parsed = new Map<string, Glossary>();
let compiled: CompiledGlossaries = compileGlossaries([]);
let generation = 0;

type Handlers = {
  [K in EngineCallKind]: (request: EngineRequest<K>) => EngineCalls[K]['response'] | Promise<EngineCalls[K]['response']>;
};

let activeGlossaries: Glossary[] = [];
/** The post-edit as this worker last saw it (each instance follows it on its own). */
const mirror = new TextMirror();

/** Input errors are the user's to read (`file:line: detail`); anything else is a bug. */
function describeInputError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  throw error;
}

const handlers: Handlers = {
  'decode-article': ({ file, bytes, encoding }) => {
    try {
      return { ok: true, decoded: decodeText(bytes, file, encoding ? { encoding } : {}) };
    } catch (error) {
      return { ok: false, error: describeInputError(error) };
    }
  },
  'load-glossary': ({ key, file, bytes, targetLanguage }) => {
    try {
      const glossary = loadGlossary(file, bytes, targetLanguage ? { targetLanguage } : {});
      parsed.set(key, glossary);
      return {
        ok: true,
        summary: {
          name: glossary.name,
          format: glossary.format,
          entryCount: glossary.entries.filter(isReplacementRule).length,
          ...(glossary.sourceLanguage ? { sourceLanguage: glossary.sourceLanguage } : {}),
          ...(glossary.targetLanguage ? { targetLanguage: glossary.targetLanguage } : {}),
        },
      };
    } catch (error) {
      parsed.delete(key);
      return { ok: false, error: describeInputError(error) };
    }
  },
  'drop-glossary': ({ key }) => {
    parsed.delete(key);
    return { ok: true };
  },
  'set-active': ({ keys, generation: next }) => {
    const glossaries = keys.map((key) => parsed.get(key)).filter((g): g is Glossary => g !== undefined);
    compiled = compileGlossaries(glossaries);
    activeGlossaries = glossaries;
    generation = next;
    return { ok: true, generation, cycles: describeCycles(compiled) };
  },
  match: ({ sync }) => {
    const text = mirror.apply(sync);
    if (text === undefined) return { resync: true };
    return { version: sync.version, generation, changes: findMatches(compiled, text), words: countWords(text) };
  },
  review: ({ sync, version, language, decided }) => {
    const postEdit = mirror.apply(sync);
    if (postEdit === undefined) return { resync: true };
    const findings = reviewArticle({ mt: mirror.mt, postEdit, glossaries: activeGlossaries, ...(language ? { language } : {}), ...(decided ? { decided } : {}) });
    return { version, textVersion: sync.version, generation, findings };
  },
  'detect-language': ({ text }) => detectLanguage(text),
  'export-formats': () => ({
    formats: EXPORT_FORMATS.map(({ id, label, extension, mimeType }) => ({ id, label, extension, mimeType })),
  }),
  export: async ({ format, postEdit, mt, lineEnding, byteOrderMark, language, title, applied, skipped, effort, confirmedParagraphs }) => {
    try {
      const bytes = await exportArticle(format, {
        postEdit,
        mt,
        lineEnding,
        byteOrderMark,
        glossaries: activeGlossaries,
        ...(language ? { language } : {}),
        ...(title ? { title } : {}),
        // The window's counts are the editor's decisions, not what the glossaries would do.
        ...(applied ? { changes: applied, changesIn: 'postEdit' as const } : {}),
        ...(skipped ? { skipped } : {}),
        ...(effort ? { effort } : {}),
        ...(confirmedParagraphs ? { confirmedParagraphs } : {}),
      });
      return { ok: true, bytes };
    } catch (error) {
      return { ok: false, error: describeInputError(error) };
    }
  },
};

async function handle<K extends EngineCallKind>(request: EngineRequest<K>): Promise<EngineResponse<K>> {
  const handler = handlers[request.kind] as (r: EngineRequest<K>) => EngineCalls[K]['response'] | Promise<EngineCalls[K]['response']>;
  return { kind: request.kind, id: request.id, result: await handler(request) } as EngineResponse<K>;
}

self.onmessage = async (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  try {
    self.postMessage(await handle(request));
  } catch (error) {
    const failure: EngineFailure = {
      kind: 'failure',
      id: request.id,
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
    self.postMessage(failure);
  }
};

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
import { protectedWordsOf } from '../core/spell/protected-words';
import { findSourceFileName } from '../core/text/source-name';
import { describeCycles } from './engine/glossary-cycles';
import { ArticleDiffer } from '../core/review/article-diff';
import { reviewArticle } from './engine/review-article';
import { SourceAligner } from './engine/source-alignment';
import type { EngineCallKind, EngineCalls, EngineFailure, EngineRequest, EngineResponse, SpellingRequest } from './engine/protocol';
import { SpellSession } from './spell/spell-session';

const parsed = new Map<string, Glossary>();
let compiled: CompiledGlossaries = compileGlossaries([]);
let generation = 0;

type Handlers = {
  [K in EngineCallKind]: (request: EngineRequest<K>) => EngineCalls[K]['response'] | Promise<EngineCalls[K]['response']>;
};

let activeGlossaries: Glossary[] = [];
/** Kept between reviews: the source is aligned with the MT once per article. */
const aligner = new SourceAligner();
/** Loaded on the first review (or export) that asks for a spell check. */
const spelling = new SpellSession();

/** The spell checker a request asks for; a dictionary that cannot load leaves spelling
 *  out of QA rather than failing the whole review (the window reports the failure). */
async function spellingFor(request: SpellingRequest | undefined) {
  if (!request) return undefined;
  try {
    return await spelling.checker(request);
  } catch {
    return undefined;
  }
}
/** The reviewer's word diff, kept between reviews for the repeated-edit offers. */
const reviewDiffer = new ArticleDiffer();

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
  'set-active': ({ keys, generation: next, language }) => {
    const glossaries = keys.map((key) => parsed.get(key)).filter((g): g is Glossary => g !== undefined);
    compiled = compileGlossaries(glossaries, language ? { language } : {});
    activeGlossaries = glossaries;
    generation = next;
    return { ok: true, generation, cycles: describeCycles(compiled) };
  },
  match: ({ text, version }) => ({
    version,
    generation,
    changes: findMatches(compiled, text),
    words: countWords(text),
  }),
  review: async ({ mt, postEdit, version, language, decided, source, spelling: spellingRequest, ignored, dismissedOffers }) => {
    const checker = await spellingFor(spellingRequest);
    const alignment = source ? aligner.align({ source: source.text, ...(source.language ? { sourceLanguage: source.language } : {}), mt, ...(language ? { language } : {}), postEdit }) : undefined;
    const findings = reviewArticle({
      mt,
      postEdit,
      glossaries: activeGlossaries,
      ...(language ? { language } : {}),
      ...(decided ? { decided } : {}),
      ...(source && alignment ? { source: { ...source, alignment } } : {}),
      ...(checker ? { spelling: checker } : {}),
      ...(ignored ? { ignored } : {}),
      offers: { differ: reviewDiffer, compiled, dismissed: dismissedOffers ?? [] },
    });
    return { version, generation, findings };
  },
  'detect-language': ({ text, article }) => detectLanguage(text, article === undefined ? {} : { article }),
  'glossary-words': () => ({ words: [...protectedWordsOf(activeGlossaries)] }),
  'source-file-name': ({ mtFileName, mtLanguage, siblingNames }) => {
    const name = findSourceFileName(mtFileName, mtLanguage, siblingNames);
    return name === undefined ? {} : { name };
  },
  'export-formats': () => ({
    formats: EXPORT_FORMATS.map(({ id, label, extension, mimeType }) => ({ id, label, extension, mimeType })),
  }),
  export: async ({ format, postEdit, mt, lineEnding, byteOrderMark, language, title, applied, skipped, source, spelling: spellingRequest, ignoredIssues }) => {
    try {
      const checker = await spellingFor(spellingRequest);
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
        ...(source ? { source: source.text, ...(source.language ? { sourceLanguage: source.language } : {}) } : {}),
        ...(checker ? { spelling: checker } : {}),
        ...(ignoredIssues && ignoredIssues.length > 0 ? { ignoredIssues } : {}),
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

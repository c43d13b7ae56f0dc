// What the glossary manager's worker does (manager.worker.ts wraps it; tests call it
// directly): glossary files opened as editable documents, cached by content hash so an
// unchanged glossary is read once; edits checked by core/glossary/edit-document (which
// refuses any edit that would change another entry or not load back); problems over all
// the glossaries; an entry's hits in the article, found by the engine's own matcher.
import { editGlossary, GlossaryEditError, openGlossaryDocument, type GlossaryDocument } from '../../core/glossary/edit-document';
import { hitsOfEntry } from '../../core/glossary/entry-hits';
import { findGlossaryProblems } from '../../core/glossary/problems';
import { contextSnippet } from '../../core/text/context-snippet';
import { hashBytes } from '../../shared/hash';
import type { DocumentView, GlossarySource, ManagerCalls } from './manager-protocol';

type Response<K extends keyof ManagerCalls> = ManagerCalls[K]['response'];

interface Cached {
  hash: string;
  language: string | undefined;
  document?: GlossaryDocument;
  error?: string;
}

export class ManagerService {
  /** The latest document of each glossary key (and the one before an edit, by hash). */
  private readonly documents = new Map<string, Cached[]>();

  open(request: ManagerCalls['open']['request']): Response<'open'> {
    const documents: Response<'open'>['documents'] = [];
    const loaded: GlossaryDocument[] = [];
    for (const source of request.glossaries) {
      const cached = this.documentOf(source);
      if (cached.document) loaded.push(cached.document);
      documents.push({
        key: source.key,
        hash: source.hash,
        ...(cached.error !== undefined ? { error: cached.error } : {}),
        ...(source.needView && cached.document ? { view: viewOf(cached.document) } : {}),
      });
    }
    const problems = findGlossaryProblems(loaded.map((document) => document.glossary)).map((problem) => ({
      kind: problem.kind,
      message: problem.message,
      at: { file: problem.entries[0]!.glossary, line: problem.entries[0]!.line },
    }));
    return { documents, problems };
  }

  edit({ glossary, edits }: ManagerCalls['edit']['request']): Response<'edit'> {
    const cached = this.documentOf(glossary);
    if (!cached.document) return { ok: false, error: cached.error ?? `${glossary.file} could not be read` };
    try {
      const edited = editGlossary(cached.document, edits);
      const hash = hashBytes(edited.bytes);
      // Kept, so the window's next `open` (with these bytes, once written) is instant.
      this.remember(glossary.key, { hash, language: glossary.targetLanguage, document: edited });
      return { ok: true, bytes: edited.bytes, hash, added: edited.lastEdit?.added ?? [] };
    } catch (error) {
      if (error instanceof GlossaryEditError) return { ok: false, error: error.message, ...(error.field ? { field: error.field } : {}) };
      throw error;
    }
  }

  hits({ file, entry, text, limit }: ManagerCalls['hits']['request']): Response<'hits'> {
    if (entry.source.trim() === '') return { total: 0, hits: [] };
    const found = hitsOfEntry(entry, file, text);
    return {
      total: found.length,
      hits: found.slice(0, limit).map((hit) => ({ start: hit.start, end: hit.end, snippet: contextSnippet(text, hit.start, hit.end) })),
    };
  }

  private documentOf(source: GlossarySource): Cached {
    const known = this.documents.get(source.key)?.find((cached) => cached.hash === source.hash && cached.language === source.targetLanguage);
    if (known) {
      this.remember(source.key, known);
      return known;
    }
    const cached: Cached = { hash: source.hash, language: source.targetLanguage };
    try {
      cached.document = openGlossaryDocument(source.file, source.bytes, source.targetLanguage ? { targetLanguage: source.targetLanguage } : {});
    } catch (error) {
      cached.error = error instanceof Error ? error.message : String(error);
    }
    this.remember(source.key, cached);
    return cached;
  }

  /** The newest first, and the one before it (an edit not written, an undo). */
  private remember(key: string, cached: Cached): void {
    const list = this.documents.get(key) ?? [];
    this.documents.set(key, [cached, ...list.filter((other) => other !== cached)].slice(0, 2));
  }
}

function viewOf(document: GlossaryDocument): DocumentView {
  const { entries } = document.glossary;
  return {
    file: document.file,
    format: document.format,
    ...(document.readOnly !== undefined ? { readOnly: document.readOnly } : {}),
    entries: entries.map((entry, k) => {
      const { status } = entry;
      return {
        id: document.ids[k]!,
        line: entry.line,
        source: entry.source,
        ...(entry.target !== undefined ? { target: entry.target } : {}),
        ...(entry.note !== undefined ? { note: entry.note } : {}),
        ...(entry.caseSensitive !== undefined ? { caseSensitive: entry.caseSensitive } : {}),
        ...(entry.forbidden !== undefined ? { forbidden: entry.forbidden } : {}),
        ...(status !== undefined ? { status } : {}),
      };
    }),
  };
}

// The glossary manager's worker protocol (manager.worker.ts): the UI thread holds no
// glossary parser, matcher or editor (a test keeps them out of its bundle), so the
// documents, their edits, the problems and an entry's hits live in a worker, and the
// window gets plain views of the entries to list.
import type { GlossaryEdit } from '../../core/glossary/edit-document';
import type { GlossaryProblemKind } from '../../core/glossary/problems';
import type { ContextSnippet } from '../../core/text/context-snippet';
import type { GlossaryEntry, GlossaryFormat } from '../../core/types';

/** One entry as the manager lists it. */
export interface EntryView {
  /** Stable across edits of its document (core/glossary/edit-document ids). */
  id: number;
  line: number;
  source: string;
  target?: string;
  note?: string;
  caseSensitive?: boolean;
  forbidden?: boolean;
  /** TBX administrative status, where the engine reads one. */
  status?: GlossaryEntry['status'];
}

export interface DocumentView {
  file: string;
  format: GlossaryFormat;
  /** Why it cannot be edited (TBX, an encoding Glossa cannot write…). */
  readOnly?: string;
  entries: EntryView[];
}

export interface ProblemView {
  kind: GlossaryProblemKind | 'cycle';
  message: string;
  /** The first entry of the problem (absent for cycles). */
  at?: { file: string; line: number };
}

export interface GlossarySource {
  /** The glossary list's key. */
  key: string;
  file: string;
  bytes: Uint8Array;
  /** hashBytes(bytes): documents are cached by it. */
  hash: string;
  /** A TBX termbase's target language (the article's). */
  targetLanguage?: string;
}

export interface ManagerCalls {
  /** The documents of `glossaries` (views only where `needView`), and their problems. */
  open: {
    request: { glossaries: Array<GlossarySource & { needView: boolean }> };
    response: { documents: Array<{ key: string; hash: string; view?: DocumentView; error?: string }>; problems: ProblemView[] };
  };
  /** One edit step on a glossary: the new bytes (not yet written anywhere). */
  edit: {
    request: { glossary: GlossarySource; edits: GlossaryEdit[] };
    response: { ok: true; bytes: Uint8Array; hash: string; added: number[] } | { ok: false; error: string; field?: string };
  };
  /** Where one entry's source is found in `text`, each with a few words around it. */
  hits: {
    request: { file: string; entry: Omit<EntryView, 'id'>; text: string; limit: number };
    response: { total: number; hits: Array<{ start: number; end: number; snippet: ContextSnippet }> };
  };
}

export type ManagerCallKind = keyof ManagerCalls;
export type ManagerRequest<K extends ManagerCallKind = ManagerCallKind> = K extends ManagerCallKind ? { kind: K; id: number } & ManagerCalls[K]['request'] : never;
export type ManagerResponse = { id: number; result?: unknown; failure?: string };

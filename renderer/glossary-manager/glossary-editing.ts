// The glossaries as the manager edits them: each loaded glossary opened as a document in
// the manager's worker (core/glossary/edit-document: edits rebuild only their lines, the
// rest of the file is kept byte for byte), the user's own glossary even before it exists,
// and the manager's undo: a stack of (before, after) contents, one step per edit, redo
// alike. An edit is committed through GlossaryFiles (written, then given to the engine)
// or not made at all.
import type { GlossaryEdit } from '../../core/glossary/edit-document';
import { USER_GLOSSARY } from '../../shared/contract';
import { hashBytes } from '../../shared/hash';
import type { GlossaryItem, GlossaryList } from '../glossaries/glossary-list';
import type { EditTarget, GlossaryFiles } from './glossary-files';
import type { ManagerClient } from './manager-client';
import type { DocumentView, GlossarySource, ProblemView } from './manager-protocol';

/** The key of the user's glossary while it does not exist yet. */
export const NEW_USER_GLOSSARY = 'user';

export interface ManagedGlossary {
  /** The glossary list's key (NEW_USER_GLOSSARY for a user glossary not created yet). */
  readonly key: string;
  readonly item: GlossaryItem | undefined;
  readonly name: string;
  readonly isUser: boolean;
  readonly enabled: boolean;
  /** Undefined when the file could not be read (`error` says why). */
  readonly document: DocumentView | undefined;
  readonly error?: string;
  readonly target: EditTarget;
}

export interface UndoStep {
  /** The glossary it changed: its list key, or the user's glossary wherever it is. */
  key: string;
  isUser: boolean;
  before: Uint8Array;
  after: Uint8Array;
  /** "Added “Sands → Peskov”" */
  description: string;
}

/** Why an edit was refused (the format cannot hold it, it would change another entry…). */
export class EntryEditError extends Error {
  override readonly name = 'EntryEditError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const EMPTY = new Uint8Array(0);

function isTbx(file: string): boolean {
  return /\.(tbx|xml)$/i.test(file);
}

function displayName(item: GlossaryItem): string {
  if (item.isUser) return USER_GLOSSARY.title;
  return item.summary?.name ?? item.file.split(/[\\/]/).pop() ?? item.file;
}

export class GlossaryEditing {
  /** Entry views by glossary key, for the bytes (and TBX language) they were read from. */
  private readonly views = new Map<string, { hash: string; language: string | undefined; view?: DocumentView; error?: string }>();
  private problemList: ProblemView[] = [];
  private undoStack: UndoStep[] = [];
  private redoStack: UndoStep[] = [];

  constructor(
    private readonly client: ManagerClient,
    private readonly glossaries: GlossaryList,
    private readonly files: GlossaryFiles,
    /** ISO 639-1 of the article: a TBX termbase's target language. */
    private readonly articleLanguage: () => string | undefined,
  ) {}

  /** Every loaded glossary in priority order, the user's first (created on first edit),
   *  read in the worker (only those changed since are sent back whole). */
  async managed(): Promise<ManagedGlossary[]> {
    const items: Array<GlossaryItem | undefined> = [...this.glossaries.all];
    if (!items.some((item) => item?.isUser)) items.unshift(undefined);
    const sources = items.filter((item) => !item?.missing).map((item) => {
      const source = this.sourceOf(item);
      const known = this.views.get(source.key);
      return { ...source, needView: !known || known.hash !== source.hash || known.language !== source.targetLanguage };
    });
    const answer = await this.client.call('open', { glossaries: sources });
    for (const [k, document] of answer.documents.entries()) {
      const source = sources[k]!;
      if (!source.needView) continue;
      this.views.set(document.key, {
        hash: document.hash,
        language: source.targetLanguage,
        ...(document.view ? { view: document.view } : {}),
        ...(document.error !== undefined ? { error: document.error } : {}),
      });
    }
    this.problemList = answer.problems;
    return items.map((item) => this.managedOf(item));
  }

  /** The problems of the glossaries as last read by `managed()`. */
  get problems(): readonly ProblemView[] {
    return this.problemList;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** What Ctrl+Z would undo, in words. */
  get undoDescription(): string | undefined {
    return this.undoStack[this.undoStack.length - 1]?.description;
  }

  get redoDescription(): string | undefined {
    return this.redoStack[this.redoStack.length - 1]?.description;
  }

  /**
   * Applies `edits` to `glossary` as one step: checked in the worker (EntryEditError,
   * nothing changed), written, given to the engine, and pushed on the undo stack.
   * Returns the ids of entries added.
   */
  async apply(glossary: ManagedGlossary, edits: GlossaryEdit | readonly GlossaryEdit[], description: string): Promise<{ added: number[] }> {
    if (!glossary.document) throw new Error(glossary.error ?? `${glossary.name} could not be read`);
    if (glossary.target.kind === 'read-only') throw new EntryEditError(`${glossary.name} is read-only: ${glossary.target.reason}`);
    const item = this.itemFor(glossary.key, glossary.isUser);
    const source = this.sourceOf(item);
    const answer = await this.client.call('edit', { glossary: source, edits: Array.isArray(edits) ? [...edits] : [edits as GlossaryEdit] });
    if (!answer.ok) throw new EntryEditError(answer.error, answer.field);
    await this.files.commit(item, glossary.target, answer.bytes, source.bytes);
    this.undoStack.push({ key: glossary.key, isUser: glossary.isUser, before: source.bytes, after: answer.bytes, description });
    this.redoStack = [];
    return { added: answer.added };
  }

  /** Ctrl+Z in the manager: the last edit's glossary back as it was. */
  async undo(): Promise<UndoStep | undefined> {
    const step = this.undoStack.pop();
    if (!step) return undefined;
    try {
      await this.restore(step, step.before, step.after);
    } catch (error) {
      this.undoStack.push(step);
      throw error;
    }
    this.redoStack.push(step);
    return step;
  }

  async redo(): Promise<UndoStep | undefined> {
    const step = this.redoStack.pop();
    if (!step) return undefined;
    try {
      await this.restore(step, step.after, step.before);
    } catch (error) {
      this.redoStack.push(step);
      throw error;
    }
    this.undoStack.push(step);
    return step;
  }

  /** The glossary's content goes from `from` (what it holds) to `to`. */
  private async restore(step: UndoStep, to: Uint8Array, from: Uint8Array): Promise<void> {
    const item = this.itemFor(step.key, step.isUser);
    const current = item?.bytes ?? EMPTY;
    if (hashBytes(current) !== hashBytes(from)) {
      throw new Error(`${item ? displayName(item) : USER_GLOSSARY.title} was changed since that edit (elsewhere in Glossa): undo is not possible`);
    }
    await this.files.commit(item, this.files.targetOf(item), to, from);
  }

  private itemFor(key: string, isUser: boolean): GlossaryItem | undefined {
    return isUser ? this.glossaries.userGlossary : this.glossaries.all.find((item) => item.key === key);
  }

  private sourceOf(item: GlossaryItem | undefined): GlossarySource {
    const file = item?.file ?? USER_GLOSSARY.fileName;
    const bytes = item?.bytes ?? EMPTY;
    const language = isTbx(file) ? this.articleLanguage() : undefined;
    return { key: item?.key ?? NEW_USER_GLOSSARY, file, bytes, hash: item ? item.hash : hashBytes(EMPTY), ...(language ? { targetLanguage: language } : {}) };
  }

  private managedOf(item: GlossaryItem | undefined): ManagedGlossary {
    const key = item?.key ?? NEW_USER_GLOSSARY;
    const known = this.views.get(key);
    const error = item?.missing ? (item.error ?? `${item.file}: not found on this computer`) : known?.error;
    const document = item?.missing ? undefined : known?.view;
    const target = this.files.targetOf(item, document?.readOnly ?? (error !== undefined ? 'the file could not be read' : undefined));
    return {
      key,
      item,
      name: item ? displayName(item) : USER_GLOSSARY.title,
      isUser: item?.isUser ?? true,
      enabled: item?.enabled ?? true,
      document,
      ...(error !== undefined ? { error } : {}),
      target,
    };
  }
}

// The glossaries as the manager edits them: each loaded glossary opened as a document
// (core/glossary/edit-document: edits rebuild only their lines, the rest of the file is
// kept byte for byte), the user's own glossary even before it exists, and the manager's
// undo: a stack of (before, after) contents, one step per edit, redo alike. An edit is
// committed through GlossaryFiles (written, then given to the engine) or not made at all.
import { editGlossary, openGlossaryDocument, type GlossaryDocument, type GlossaryEdit } from '../../core/glossary/edit-document';
import { USER_GLOSSARY } from '../../shared/contract';
import type { GlossaryItem, GlossaryList } from '../glossaries/glossary-list';
import type { EditTarget, GlossaryFiles } from './glossary-files';

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
  readonly document: GlossaryDocument | undefined;
  readonly error?: string;
  readonly target: EditTarget;
}

interface UndoStep {
  /** The glossary it changed: its list key, or the user's glossary wherever it is. */
  key: string;
  isUser: boolean;
  before: Uint8Array;
  after: Uint8Array;
  /** "Added “Sands → Peskov”" */
  description: string;
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
  private readonly documents = new Map<string, { bytes: Uint8Array; language: string | undefined; document?: GlossaryDocument; error?: string }>();
  private undoStack: UndoStep[] = [];
  private redoStack: UndoStep[] = [];

  constructor(
    private readonly glossaries: GlossaryList,
    private readonly files: GlossaryFiles,
    /** ISO 639-1 of the article: a TBX termbase's target language. */
    private readonly articleLanguage: () => string | undefined,
  ) {}

  /** Every loaded glossary in priority order, the user's first (created on first edit). */
  managed(): ManagedGlossary[] {
    const items = this.glossaries.all;
    const result: ManagedGlossary[] = [];
    if (!items.some((item) => item.isUser)) result.push(this.open(undefined));
    for (const item of items) result.push(this.open(item));
    return result;
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
   * Applies `edits` to `glossary` as one step: checked (GlossaryEditError, nothing
   * changed), written, given to the engine, and pushed on the undo stack. Returns the new
   * document.
   */
  async apply(glossary: ManagedGlossary, edits: GlossaryEdit | readonly GlossaryEdit[], description: string): Promise<GlossaryDocument> {
    const document = glossary.document;
    if (!document) throw new Error(glossary.error ?? `${glossary.name} could not be read`);
    const edited = editGlossary(document, edits);
    await this.files.commit(glossary.item, glossary.target, edited.bytes, document.bytes);
    this.remember(this.itemFor(glossary.key, glossary.isUser), edited);
    this.undoStack.push({ key: glossary.key, isUser: glossary.isUser, before: document.bytes, after: edited.bytes, description });
    this.redoStack = [];
    return edited;
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
    if (!sameBytes(current, from)) {
      throw new Error(`${item ? displayName(item) : USER_GLOSSARY.title} was changed since that edit (elsewhere in Glossa): undo is not possible`);
    }
    const target = this.files.targetOf(item);
    await this.files.commit(item, target, to, from);
    this.documents.delete(item?.key ?? NEW_USER_GLOSSARY);
  }

  private itemFor(key: string, isUser: boolean): GlossaryItem | undefined {
    return isUser ? this.glossaries.userGlossary : this.glossaries.all.find((item) => item.key === key);
  }

  private remember(item: GlossaryItem | undefined, document: GlossaryDocument): void {
    if (!item) return;
    this.documents.set(item.key, { bytes: item.bytes, language: this.languageFor(item.file), document });
  }

  private languageFor(file: string): string | undefined {
    return isTbx(file) ? this.articleLanguage() : undefined;
  }

  /** The item's document, opened again only when its bytes (or a TBX's language) changed. */
  private open(item: GlossaryItem | undefined): ManagedGlossary {
    const key = item?.key ?? NEW_USER_GLOSSARY;
    const bytes = item?.bytes ?? EMPTY;
    const file = item?.file ?? USER_GLOSSARY.fileName;
    const language = this.languageFor(file);
    let cached = this.documents.get(key);
    if (!cached || cached.bytes !== bytes || cached.language !== language) {
      cached = { bytes, language };
      if (item?.missing) cached.error = item.error ?? `${file}: not found on this computer`;
      else {
        try {
          cached.document = openGlossaryDocument(file, bytes, language ? { targetLanguage: language } : {});
        } catch (error) {
          cached.error = error instanceof Error ? error.message : String(error);
        }
      }
      this.documents.set(key, cached);
    }
    const document = cached.document;
    const target = this.files.targetOf(item, document?.readOnly ?? (cached.error ? 'the file could not be read' : undefined));
    return {
      key,
      item,
      name: item ? displayName(item) : USER_GLOSSARY.title,
      isUser: item?.isUser ?? true,
      enabled: item?.enabled ?? true,
      document,
      ...(cached.error !== undefined ? { error: cached.error } : {}),
      target,
    };
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

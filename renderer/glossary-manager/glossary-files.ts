// Where an edited glossary goes, honestly: the user's own glossary to its store (the user
// data folder in Electron, IndexedDB in the browser); a file loaded from disk back to
// that file in its own format (Electron: atomically, through main, which checks the file
// is one the user loaded and unchanged since; the browser: through the file's handle once
// the user picked it in a save dialog, else as a download). Every committed edit goes to
// the glossary list at once, so suggestions and QA follow it and the article's work keeps
// a copy even where the file on disk is not written yet.
import { USER_GLOSSARY } from '../../shared/contract';
import type { GlossaryItem, GlossaryList } from '../glossaries/glossary-list';
import type { GlossaryFileRef, GlossaryWriteMode, Host } from '../host/host';

/** How a managed glossary's edits are kept. */
export type EditTarget =
  | { kind: 'user' }
  | { kind: 'file'; mode: GlossaryWriteMode; file: GlossaryFileRef }
  | { kind: 'read-only'; reason: string };

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

export function fileRefOf(item: Pick<GlossaryItem, 'file'>): GlossaryFileRef {
  const name = baseName(item.file);
  return /[\\/]/.test(item.file) ? { name, path: item.file } : { name };
}

export class GlossaryFiles {
  /** Glossaries whose edits are in the window but not yet in their file, by item key. */
  private readonly unwritten = new Map<string, Uint8Array>();

  constructor(
    private readonly host: Host,
    private readonly glossaries: GlossaryList,
  ) {}

  targetOf(item: GlossaryItem | undefined, readOnly?: string): EditTarget {
    if (readOnly) return { kind: 'read-only', reason: readOnly };
    if (!item || item.isUser) return { kind: 'user' };
    const file = fileRefOf(item);
    return { kind: 'file', mode: this.host.glossaryWriteMode(file), file };
  }

  /** Whether edits of `item` are in the window only, not yet in its file. */
  isUnwritten(item: GlossaryItem | undefined): boolean {
    return item !== undefined && this.unwritten.has(item.key);
  }

  /** One sentence for the manager: where this glossary's edits go. */
  describe(target: EditTarget, item: GlossaryItem | undefined): string {
    if (target.kind === 'user') {
      return this.host.kind === 'electron'
        ? `${USER_GLOSSARY.title}: each edit is saved at once to ${USER_GLOSSARY.fileName} in Glossa’s data folder.`
        : `${USER_GLOSSARY.title}: each edit is saved at once in this browser’s storage.`;
    }
    if (target.kind === 'read-only') return `Read-only: ${target.reason}.`;
    const name = target.file.name;
    switch (target.mode) {
      case 'in-place':
        return `Each edit is written at once to ${target.file.path ?? name}, in its own format.`;
      case 'choose-file':
        return this.isUnwritten(item)
          ? `Edited here, not yet on disk: this browser writes ${name} only once you choose the file (Save to file…). The article’s work keeps the edits meanwhile.`
          : `Edits apply at once here; this browser writes ${name} only once you choose the file with Save to file… (then each edit is written there).`;
      case 'download':
        return this.isUnwritten(item)
          ? `Edited here, not yet on disk: Glossa cannot write ${name} where it came from, so save the edited file (Save a copy…). The article’s work keeps the edits meanwhile.`
          : `Glossa cannot write ${name} where it came from: edits apply here and in the article’s work; Save a copy… downloads the edited file.`;
    }
  }

  /**
   * Makes `bytes` the glossary's content: written to its file or store first where that
   * happens at once (a failure throws and changes nothing), then given to the glossary
   * list (suggestions and QA follow). `previous`: what the file held before the edit.
   */
  async commit(item: GlossaryItem | undefined, target: EditTarget, bytes: Uint8Array, previous: Uint8Array): Promise<void> {
    if (target.kind === 'read-only') throw new Error(target.reason);
    if (target.kind === 'user') {
      await this.host.writeUserGlossary(bytes);
      if (item) await this.glossaries.update(item.key, bytes);
      else await this.glossaries.add({ name: USER_GLOSSARY.fileName, bytes, role: 'user-glossary' });
      return;
    }
    if (!item) throw new Error(`${target.file.name} is no longer loaded`);
    if (target.mode === 'in-place' && !this.unwritten.has(item.key)) {
      await this.host.writeGlossaryFile(target.file, bytes, previous);
    } else {
      this.unwritten.set(item.key, previous);
    }
    await this.glossaries.update(item.key, bytes);
  }

  /** "Save to file…" / "Save a copy…": the edited glossary to a file the user chooses. */
  async saveToDisk(item: GlossaryItem): Promise<string | null> {
    const file = fileRefOf(item);
    const where = await this.host.writeGlossaryFile(file, item.bytes, this.unwritten.get(item.key) ?? item.bytes);
    if (where !== null) this.unwritten.delete(item.key);
    return where;
  }
}

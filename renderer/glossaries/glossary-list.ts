// The loaded glossaries in priority order (first wins where two overlap), with each
// one's parse result. Broken glossaries stay in the list to show their error but are
// never sent to the matcher, so they change nothing. So do glossaries an article's work
// names but whose bytes are nowhere to be found: the work keeps naming them.
//
// The user's own glossary is the one the host marks (`role: 'user-glossary'`); it always
// comes first, and is never copied into a work: the host's file is the one truth.
import { bytesToBase64, base64ToBytes } from '../../shared/base64';
import { USER_GLOSSARY } from '../../shared/contract';
import { hashBytes } from '../../shared/hash';
import type { WorkGlossary } from '../../shared/work';
import type { EngineClient } from '../engine/engine-client';
import type { GlossarySummary } from '../engine/protocol';
import type { PickedFile } from '../host/host';

export interface GlossaryItem {
  readonly key: string;
  /** The path or file name it was loaded from. */
  readonly file: string;
  bytes: Uint8Array;
  /** hashBytes(bytes), or the hash the work named when the bytes are missing. */
  hash: string;
  enabled: boolean;
  /** The user's writable glossary: cannot be removed, only disabled. */
  readonly isUser: boolean;
  /** Named by the article's work, but its bytes were not found. */
  readonly missing: boolean;
  summary?: GlossarySummary;
  /** `file:line[:col]: detail` when the file could not be read. */
  error?: string;
}

/** Where a work's glossary bytes may be found, in order, when restoring it. */
export type GlossaryBytesLookup = (glossary: WorkGlossary) => Promise<Uint8Array | null>;

function isTbx(file: string): boolean {
  return /\.(tbx|xml)$/i.test(file);
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

export class GlossaryList {
  private items: GlossaryItem[] = [];
  private nextKey = 1;
  private readonly listeners = new Set<() => void>();
  /** What the engine said about the active set's rules that chain into a loop. */
  private activeCycles: readonly string[] = [];

  constructor(
    private readonly engine: EngineClient,
    /** ISO 639-1 code of the article, TBX's target language (termbases hold many). */
    private readonly articleLanguage: () => string | undefined,
  ) {}

  get all(): readonly GlossaryItem[] {
    return this.items;
  }

  get userGlossary(): GlossaryItem | undefined {
    return this.items.find((item) => item.isUser);
  }

  /** Rule cycles in the active glossaries, described with their files and lines. */
  get cycles(): readonly string[] {
    return this.activeCycles;
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  offChange(listener: () => void): void {
    this.listeners.delete(listener);
  }

  /** Parse and add a glossary at the lowest priority (the user's own goes first). */
  async add(file: PickedFile, options: { enabled?: boolean } = {}): Promise<GlossaryItem> {
    const item = await this.create(file, options.enabled ?? true);
    if (item.isUser) this.items.unshift(item);
    else this.items.push(item);
    await this.activate();
    return item;
  }

  /** Replace a glossary's bytes (the user's glossary after "Add to glossary"). */
  async update(key: string, bytes: Uint8Array): Promise<void> {
    const item = this.items.find((i) => i.key === key);
    if (!item) return;
    item.bytes = bytes;
    item.hash = hashBytes(bytes);
    await this.parse(item);
    await this.activate();
  }

  async remove(key: string): Promise<void> {
    const item = this.items.find((i) => i.key === key);
    if (!item || item.isUser) return;
    this.items = this.items.filter((i) => i !== item);
    await this.engine.call('drop-glossary', { key });
    await this.activate();
  }

  async move(key: string, delta: -1 | 1): Promise<void> {
    const index = this.items.findIndex((i) => i.key === key);
    const target = index + delta;
    if (index < 0 || target < 0 || target >= this.items.length) return;
    const [item] = this.items.splice(index, 1);
    if (item) this.items.splice(target, 0, item);
    await this.activate();
  }

  async setEnabled(key: string, enabled: boolean): Promise<void> {
    const item = this.items.find((i) => i.key === key);
    if (!item || item.enabled === enabled) return;
    item.enabled = enabled;
    await this.activate();
  }

  /**
   * The article's language changed. TBX glossaries pick their target terms by it, so they
   * are re-read; and matching folds case by it (Turkish and Azerbaijani dotted and dotless
   * I), so the set is compiled again.
   */
  async languageChanged(): Promise<void> {
    for (const item of this.items) {
      if (isTbx(item.file) && !item.missing) await this.update(item.key, item.bytes);
    }
    await this.activate();
  }

  /**
   * The glossary set an article's work names, in its order and states. Glossaries already
   * loaded with the same bytes are kept as they are (not parsed again); others come from
   * `lookup`; one found nowhere stays listed, inert, so the work keeps naming it. The
   * user's glossary is the host's current one whatever the work held.
   */
  async replaceWith(glossaries: readonly WorkGlossary[], lookup: GlossaryBytesLookup, userGlossary: PickedFile | null): Promise<void> {
    const previous = this.items;
    const reused = new Set<GlossaryItem>();
    const next: GlossaryItem[] = [];
    const take = (match: (item: GlossaryItem) => boolean) => {
      const found = previous.find((item) => !reused.has(item) && match(item));
      if (found) reused.add(found);
      return found;
    };
    let userState: boolean | undefined;
    for (const glossary of glossaries) {
      if (glossary.user) {
        userState = glossary.enabled;
        continue;
      }
      let item = take((candidate) => !candidate.isUser && !candidate.missing && candidate.hash === glossary.hash && candidate.file === glossary.file);
      if (!item) {
        const bytes = glossary.base64 !== undefined ? base64ToBytes(glossary.base64) : await lookup(glossary);
        item = bytes
          ? await this.create({ name: baseName(glossary.file), path: glossary.file, bytes }, glossary.enabled)
          : this.placeholder(glossary);
      }
      item.enabled = glossary.enabled;
      next.push(item);
    }
    if (userGlossary) {
      const current = take((candidate) => candidate.isUser && candidate.hash === hashBytes(userGlossary.bytes));
      const item = current ?? (await this.create(userGlossary, true));
      item.enabled = userState ?? true;
      next.unshift(item);
    }
    for (const item of previous) {
      if (!reused.has(item)) await this.engine.call('drop-glossary', { key: item.key });
    }
    this.items = next;
    await this.activate();
  }

  /** The set as an article's work names it (bytes by hash; the host keeps the copies). */
  toWork(): WorkGlossary[] {
    return this.items.map((item) => ({
      name: item.isUser ? USER_GLOSSARY.title : (item.summary?.name ?? baseName(item.file)),
      file: item.file,
      enabled: item.enabled,
      ...(item.isUser ? { user: true as const } : {}),
      hash: item.hash,
    }));
  }

  /** The set for a `.glossa` file: the bytes embedded, so it opens on any machine. */
  toWorkFile(): WorkGlossary[] {
    return this.toWork().map((glossary, index) => {
      const item = this.items[index]!;
      return item.isUser || item.missing ? glossary : { ...glossary, base64: bytesToBase64(item.bytes) };
    });
  }

  private async create(file: PickedFile, enabled: boolean): Promise<GlossaryItem> {
    const item: GlossaryItem = {
      key: `g${this.nextKey++}`,
      file: file.path ?? file.name,
      bytes: file.bytes,
      hash: hashBytes(file.bytes),
      enabled,
      isUser: file.role === 'user-glossary',
      missing: false,
    };
    await this.parse(item);
    return item;
  }

  private placeholder(glossary: WorkGlossary): GlossaryItem {
    return {
      key: `g${this.nextKey++}`,
      file: glossary.file,
      bytes: new Uint8Array(0),
      hash: glossary.hash,
      enabled: glossary.enabled,
      isUser: false,
      missing: true,
      error: `${glossary.file}: not found on this computer; load it again to use it`,
    };
  }

  private async parse(item: GlossaryItem): Promise<void> {
    const language = isTbx(item.file) ? this.articleLanguage() : undefined;
    const result = await this.engine.call('load-glossary', {
      key: item.key,
      file: item.file,
      bytes: item.bytes,
      ...(language ? { targetLanguage: language } : {}),
    });
    if (result.ok) {
      item.summary = result.summary;
      delete item.error;
    } else {
      delete item.summary;
      item.error = result.error;
    }
  }

  private async activate(): Promise<void> {
    const keys = this.items.filter((i) => i.enabled && !i.error).map((i) => i.key);
    this.activeCycles = (await this.engine.setActiveGlossaries(keys, this.articleLanguage())).cycles;
    for (const listener of this.listeners) listener();
  }
}

// The loaded glossaries in priority order (first wins where two overlap), with each
// one's parse result. Broken glossaries stay in the list to show their error but are
// never sent to the matcher, so they change nothing.
import type { PickedFile, SessionGlossary } from '../host/host';
import type { EngineClient } from '../engine/engine-client';
import type { GlossarySummary } from '../engine/protocol';
import { base64ToBytes, bytesToBase64 } from '../session/base64';
import { USER_GLOSSARY } from '../../shared/contract';

/** The user's own glossary (Host.readUserGlossary) is listed under this file name. */
export const USER_GLOSSARY_FILE = USER_GLOSSARY.fileName;

export interface GlossaryItem {
  readonly key: string;
  readonly file: string;
  bytes: Uint8Array;
  enabled: boolean;
  /** The user's writable glossary: cannot be removed, only disabled. */
  readonly isUser: boolean;
  summary?: GlossarySummary;
  /** `file:line[:col]: detail` when the file could not be read. */
  error?: string;
}

function isTbx(file: string): boolean {
  return /\.(tbx|xml)$/i.test(file);
}

export class GlossaryList {
  private items: GlossaryItem[] = [];
  private nextKey = 1;
  private readonly listeners = new Set<() => void>();

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

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** Parse and add a glossary at the lowest priority (the user's own goes first). */
  async add(file: PickedFile, options: { enabled?: boolean } = {}): Promise<GlossaryItem> {
    const isUser = file.name === USER_GLOSSARY_FILE;
    const item: GlossaryItem = {
      key: `g${this.nextKey++}`,
      file: file.path ?? file.name,
      bytes: file.bytes,
      enabled: options.enabled ?? true,
      isUser,
    };
    await this.parse(item);
    if (isUser) this.items.unshift(item);
    else this.items.push(item);
    await this.activate();
    return item;
  }

  /** Replace a glossary's bytes (the user's glossary after "Add to glossary"). */
  async update(key: string, bytes: Uint8Array): Promise<void> {
    const item = this.items.find((i) => i.key === key);
    if (!item) return;
    item.bytes = bytes;
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

  /** TBX glossaries pick their target terms by the article's language: re-read them. */
  async reloadTermbases(): Promise<void> {
    for (const item of this.items) {
      if (isTbx(item.file)) await this.update(item.key, item.bytes);
    }
  }

  /** Drop everything (before restoring a session). */
  async clear(): Promise<void> {
    const keys = this.items.map((i) => i.key);
    this.items = [];
    for (const key of keys) await this.engine.call('drop-glossary', { key });
    await this.activate();
  }

  toSession(): SessionGlossary[] {
    return this.items.map((item) => ({
      name: item.summary?.name ?? item.file,
      file: item.file,
      base64: bytesToBase64(item.bytes),
      enabled: item.enabled,
    }));
  }

  static fromSession(glossary: SessionGlossary): PickedFile {
    return { name: glossary.file.split(/[\\/]/).pop() ?? glossary.file, path: glossary.file, bytes: base64ToBytes(glossary.base64) };
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
    await this.engine.setActiveGlossaries(keys);
    for (const listener of this.listeners) listener();
  }
}

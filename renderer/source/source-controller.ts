// The article's source: the original text the MT was made from. It comes from "Open
// source…" (menu, toolbar, Ctrl+Alt+O), from a text file dropped on the window, or by
// itself: beside the article on disk (Electron lists the folder: core/text/source-name.ts
// names `name.src.txt` or `name.<lang>.txt` in another language than the MT's), or with
// a bundled sample. It is part of the article's work (ArticleWork.source), so it comes
// back through every route that brings the article back: Open, Recent, drop, a `.glossa`
// file, a restart. With a source the window shows three aligned panes (source-pane.ts,
// pane-alignment.ts) and QA checks against it (numbers, terms, untranslated text).
import { hashText } from '../../shared/hash';
import { isWorkFileName, workKey, type ArticleWork, type SourceText } from '../../shared/work';
import { showError } from '../dialogs/confirm-dialog';
import { showModal } from '../dialogs/modal';
import type { EngineClient } from '../engine/engine-client';
import type { SourceRequest } from '../engine/protocol';
import { fetchBundledFile, SAMPLES } from '../host/bundled-sample';
import type { Host, PickedFile } from '../host/host';
import type { ReviewStore } from '../review/review-store';
import type { Article } from '../session/article';
import type { Announcer } from '../ui/announcer';
import { languageName } from '../ui/language-name';
import type { DetectedLanguage, WorkController } from '../work/work-controller';
import type { PaneAlignment } from './pane-alignment';
import type { SourcePane } from './source-pane';

export interface SourceControllerDeps {
  host: Host;
  engine: EngineClient;
  work: WorkController;
  review: ReviewStore;
  pane: SourcePane;
  alignment: PaneAlignment;
  announcer: Announcer;
}

/** How a dropped text file is taken while an article is open. */
export type DropRole = 'source' | 'article' | 'cancel';

interface Current {
  source: SourceText;
  /** Detected once, when the source is set. */
  language?: DetectedLanguage;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class SourceController {
  private current: Current | undefined;
  /** Articles (work keys) whose source the editor closed in this session: not found again. */
  private readonly dismissed = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: SourceControllerDeps) {
    deps.work.registerPart({
      capture: () => (this.current ? { source: this.current.source } : {}),
      restore: (work) => this.restore(work),
    });
    deps.work.onDidDetectLanguage((language, article) => void this.discover(article, language));
    deps.review.onChange((state) => deps.alignment.setAlignment(state.findings?.alignment));
  }

  /** The source as reviews and exports take it, if the article has one. */
  get request(): SourceRequest | undefined {
    const current = this.current;
    if (!current) return undefined;
    const language = current.language;
    const tag = language && language.language !== 'und' ? (language.iso6391 ?? language.language) : undefined;
    return { text: current.source.text, ...(tag ? { language: tag } : {}) };
  }

  get text(): string | undefined {
    return this.current?.source.text;
  }

  /** The source was set, replaced or closed. */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** "Open source…": the host's dialog, for the open article. */
  async open(): Promise<void> {
    if (!this.deps.work.article) return;
    let file: PickedFile | null;
    try {
      file = await this.deps.host.openSource();
    } catch (error) {
      await showError('Cannot open the source', messageOf(error));
      return;
    }
    if (file) await this.setFromFile(file, 'opened');
  }

  /** "Close source": back to the two panes; not looked for again for this article. */
  close(): void {
    const article = this.deps.work.article;
    if (!this.current || !article) return;
    this.dismissed.add(this.keyOf(article));
    const name = this.current.source.name;
    this.set(undefined);
    this.deps.work.markChanged();
    this.deps.announcer.say(`Closed the source ${name}`);
  }

  /**
   * A text file dropped while an article is open: its source when its name says so
   * (`<article>.src.txt`, `<article>.<lang>.txt`); when it is written in another language
   * than the article, the editor is asked; otherwise it opens as an article, as always.
   * Nothing is lost either way: the article's work is autosaved.
   */
  async roleOfDrop(file: PickedFile): Promise<DropRole> {
    const { work, engine } = this.deps;
    const article = work.article;
    if (!article || isWorkFileName(file.name)) return 'article';
    if ((await this.sourceFileName(article.name, work.language?.iso6391, [file.name])) === file.name) {
      return (await this.setFromFile(file, 'dropped')) ? 'source' : 'cancel';
    }
    const decoded = await engine.call('decode-article', { file: file.name, bytes: file.bytes });
    // Unreadable: opening it as an article reports why, as before.
    if (!decoded.ok || !work.language || work.language.language === 'und') return 'article';
    // A few sentences in the article's script are not enough to say it is another language.
    const language = await engine.call('detect-language', { text: decoded.decoded.text, article: work.language.language });
    if (language.language === 'und' || language.language === work.language.language) return 'article';
    const choice = await showModal<DropRole>({
      title: `Open ${file.name}`,
      description: `${file.name} is in ${languageName(language)}; ${article.name} is in ${languageName(work.language)}. Use it as the source of ${article.name}, or open it as an article of its own?`,
      buttons: [
        { label: 'Cancel', value: 'cancel' },
        { label: 'Open as article', value: 'article' },
        { label: 'Use as source', value: 'source', primary: true },
      ],
      dismissValue: 'cancel',
    });
    if (choice !== 'source') return choice;
    return (await this.setFromFile(file, 'dropped')) ? 'source' : 'cancel';
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────

  /** core/text/source-name.ts's rule, applied in the engine worker (it reads language
   *  tables the UI thread does not load). */
  private async sourceFileName(mtFileName: string, mtLanguage: string | undefined, siblingNames: string[]): Promise<string | undefined> {
    const answer = await this.deps.engine.call('source-file-name', { mtFileName, ...(mtLanguage ? { mtLanguage } : {}), siblingNames });
    return answer.name;
  }

  private keyOf(article: Article): string {
    return workKey({ name: article.name, ...(article.path ? { path: article.path } : {}), mtHash: article.mtHash });
  }

  private restore(work: Readonly<ArticleWork>): void {
    this.set(work.source ? { ...work.source } : undefined);
  }

  /** Decodes a picked or found file and makes it the source. False when it could not be read. */
  private async setFromFile(file: PickedFile, origin: 'opened' | 'found' | 'dropped'): Promise<boolean> {
    const { engine, work, announcer } = this.deps;
    const article = work.article;
    if (!article) return false;
    const decoded = await engine.call('decode-article', { file: file.name, bytes: file.bytes });
    if (!decoded.ok) {
      if (origin === 'found') announcer.error(`Found the source ${file.name} but could not read it: ${decoded.error}`);
      else await showError('Cannot open the source', decoded.error);
      return false;
    }
    // The article may have changed while the file was read.
    if (work.article !== article) return false;
    this.set({ name: file.name, ...(file.path ? { path: file.path } : {}), text: decoded.decoded.text });
    // Autosaved either way; only a source the editor chose is their change (the title's ●).
    work.markChanged({ isWork: origin !== 'found' });
    announcer.say(origin === 'found' ? `Found the source: ${file.name}` : `Opened the source ${file.name}`);
    return true;
  }

  private set(source: SourceText | undefined): void {
    const current: Current | undefined = source ? { source } : undefined;
    this.current = current;
    this.deps.pane.show(source ? { name: source.name, text: source.text } : undefined);
    this.deps.review.refresh();
    for (const listener of this.listeners) listener();
    if (current) void this.detectLanguage(current);
  }

  private async detectLanguage(current: Current): Promise<void> {
    const detected = await this.deps.engine.call('detect-language', { text: current.source.text });
    if (this.current !== current) return;
    current.language = detected;
    if (detected.language !== 'und') this.deps.pane.show({ name: current.source.name, text: current.source.text, languageName: languageName(detected) });
    // QA and the alignment read numbers by the source's language: review again with it.
    this.deps.review.refresh();
    for (const listener of this.listeners) listener();
  }

  /** Looks for the source of an article just shown without one: beside it on disk, or
   *  among the bundled samples' files. */
  private async discover(article: Article, mtLanguage: DetectedLanguage): Promise<void> {
    const { work, host } = this.deps;
    if (this.current || work.article !== article || this.dismissed.has(this.keyOf(article))) return;
    const language = mtLanguage.language === 'und' ? undefined : (mtLanguage.iso6391 ?? mtLanguage.language);
    let found: PickedFile | null;
    try {
      if (article.path && host.findSource) found = await host.findSource(article.path, language);
      else found = await this.bundledSource(article, language);
    } catch (error) {
      console.warn('Glossa: could not look for the source', error);
      return;
    }
    if (found && !this.current && work.article === article) await this.setFromFile(found, 'found');
  }

  /** A bundled sample's source, when the article is that sample's MT (same text). */
  private async bundledSource(article: Article, language: string | undefined): Promise<PickedFile | null> {
    const sample = SAMPLES.find((candidate) => candidate.article.name === article.name);
    if (!sample) return null;
    const names = [sample.article.name, sample.source.name];
    if ((await this.sourceFileName(article.name, language, names)) !== sample.source.name) return null;
    const mt = await fetchBundledFile(sample.article);
    // Only that sample's very text: a file of the same name may be another article.
    const decoded = await this.deps.engine.call('decode-article', { file: mt.name, bytes: mt.bytes });
    if (!decoded.ok || hashText(decoded.decoded.text) !== article.mtHash) return null;
    return fetchBundledFile(sample.source);
  }
}

// The article being worked on and its work (shared/work.ts): every article keeps its
// own — the post-edit, the suggestions applied and skipped, the glossaries in use, the
// editing time and whatever the WorkParts add — autosaved one second after typing stops
// under the article's key (its path or name, plus its MT's hash), and shown again
// whenever that article is opened, by any route: Open, Recent, drag and drop, a `.glossa`
// file, a restart, a crash. Switching articles writes the one being left first and never
// asks a question: there is nothing to discard. Ctrl+S writes the work to a `.glossa`
// file the editor can find, move and reopen anywhere.
//
// Other controllers read the article through here and never keep their own copy.
// Per-article state owned elsewhere plugs in as a WorkPart (registerPart): it adds its
// fields to every snapshot and takes them back when an article is shown. Fields no part
// claims yet (paragraph statuses, effort) are carried through unchanged; the source and
// the spelling words ignored are claimed by renderer/source and renderer/spell.
// For example, paragraph statuses would be:
//   work.registerPart({
//     capture: () => ({ confirmedParagraphs: statuses.confirmed() }),
//     restore: (saved) => statuses.reset(saved.confirmedParagraphs),
//   });
// with `work.markChanged()` called whenever a paragraph is confirmed.
import type { Change } from '../../core/types';
import { hashText } from '../../shared/hash';
import {
  isWorkFileName, parseWorkFile, serializeWorkFile, workFileName, workKey, WORK_FORMAT, WORK_VERSION,
  type ArticleWork,
} from '../../shared/work';
import { askAfterDecodeError, chooseEncoding } from '../dialogs/encoding-dialog';
import { showError } from '../dialogs/confirm-dialog';
import type { DiffView } from '../editor/diff-view';
import type { EngineClient } from '../engine/engine-client';
import type { GlossaryList } from '../glossaries/glossary-list';
import type { Host, PickedFile } from '../host/host';
import type { Layout } from '../layout';
import type { ReviewStore } from '../review/review-store';
import type { Article } from '../session/article';
import { Autosave } from '../session/autosave';
import type { SuggestionStore } from '../suggestions/suggestion-store';
import type { Announcer } from '../ui/announcer';
import type { StatusBar } from '../ui/status-bar';
import type { ToolbarHandles } from '../ui/toolbar';
import { focusInMenuOrDialog } from '../ui/keep-focus';
import type { monaco } from '../editor/monaco';
import { EditingClock } from './editing-clock';

/** Per-article state kept by another controller, saved and restored with the work. */
export interface WorkPart {
  /** This part's fields of the snapshot being taken. */
  capture(): Partial<ArticleWork>;
  /** An article is being shown (its post-edit model is in place): take this part's
   *  fields from its work. A newly opened article comes with a fresh work. */
  restore(work: Readonly<ArticleWork>): void;
}

/** Fields kept as they came until a part claims them. */
type CarriedFields = Pick<ArticleWork, 'ignoredIssues' | 'confirmedParagraphs' | 'effort'>;

export interface DetectedLanguage {
  language: string;
  iso6391?: string;
}

export interface WorkControllerDeps {
  host: Host;
  engine: EngineClient;
  diffView: DiffView;
  glossaries: GlossaryList;
  suggestions: SuggestionStore;
  review: ReviewStore;
  layout: Layout;
  toolbar: ToolbarHandles;
  statusBar: StatusBar;
  announcer: Announcer;
}

interface OpenArticle {
  article: Article;
  /** The file's bytes as read, while it is open: what "Reopen with encoding…" decodes. */
  bytes?: Uint8Array;
  /** The `.glossa` file Ctrl+S writes to without asking (Electron). */
  savedTo?: string;
  carried: CarriedFields;
}

const utf8 = new TextDecoder('utf-8');

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How a work names its article (shared/work.ts). */
function workArticleOf(article: Article): ArticleWork['article'] {
  return {
    name: article.name,
    ...(article.path ? { path: article.path } : {}),
    encoding: article.encoding,
    lineEnding: article.lineEnding,
    hadBom: article.hadBom,
    mtHash: article.mtHash,
  };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export class WorkController {
  private current: OpenArticle | undefined;
  private detected: DetectedLanguage | undefined;
  /** Monaco's alternative version id when the work was last saved to a `.glossa` file (or
   *  opened unchanged): undoing back to it reads as saved. -1: never matches. */
  private savedVersion = -1;
  /** Glossary loads while showing an article are not the editor's changes. */
  private showing = false;
  /** A part's state changed since the last `.glossa` save (the text's changes are
   *  tracked by Monaco's version id). */
  private partsChanged = false;
  private userGlossaryAtStart: PickedFile | null = null;
  /** Glossary copies the host already keeps, by hash (sent once per run). */
  private readonly keptGlossaries = new Set<string>();
  private readonly clock = new EditingClock();
  private readonly autosave: Autosave<ArticleWork>;
  private readonly parts: WorkPart[] = [];
  private readonly openListeners = new Set<(article: Article, model: monaco.editor.ITextModel) => void>();
  private readonly languageListeners = new Set<(language: DetectedLanguage, article: Article) => void>();

  constructor(private readonly deps: WorkControllerDeps) {
    const { host, diffView, glossaries, statusBar } = deps;
    this.autosave = new Autosave(
      () => this.snapshot(),
      (work) => this.writeAutosave(work),
      (work, error) => this.onAutosaved(work, error),
    );
    diffView.onDidSetModel((model) => {
      model.onDidChangeContent(() => {
        this.clock.activity();
        this.updateTitle();
        statusBar.setSaveState('pending');
        this.autosave.schedule();
      });
    });
    diffView.modified.onDidChangeCursorSelection(() => this.clock.activity());
    glossaries.onChange(() => {
      if (!this.showing) this.autosave.schedule();
    });
    // Best effort on tab close / app quit; the 1 s autosave has normally written already.
    window.addEventListener('pagehide', () => void this.autosave.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden' && this.autosave.isPending) void this.autosave.flush();
    });
    host.onCloseRequest(() => this.onCloseRequest());
  }

  /** The open article, if any. */
  get article(): Article | undefined {
    return this.current?.article;
  }

  /** The article's language, as detected on its MT (undefined while detecting). */
  get language(): DetectedLanguage | undefined {
    return this.detected;
  }

  /** The post-edit as it stands. */
  postEdit(): string | undefined {
    return this.deps.diffView.postEditModel?.getValue();
  }

  /** The editor's decisions on suggestions, at their current offsets in the post-edit. */
  decisions(): { applied: Change[]; skipped: Change[] } {
    return { applied: this.deps.suggestions.applied.current(), skipped: this.deps.suggestions.skippedChanges() };
  }

  registerPart(part: WorkPart): void {
    this.parts.push(part);
  }

  /** After an article is shown (opened, restored, switched to), with its post-edit model. */
  onDidOpen(listener: (article: Article, model: monaco.editor.ITextModel) => void): void {
    this.openListeners.add(listener);
  }

  /** After the shown article's language was detected on its MT (once per showing). */
  onDidDetectLanguage(listener: (language: DetectedLanguage, article: Article) => void): void {
    this.languageListeners.add(listener);
  }

  /**
   * Something outside the text changed: autosave it. A part's state (a confirmed
   * paragraph, an ignored issue) is work not yet in the `.glossa` file; a view setting
   * (`isWork: false`) is not.
   */
  markChanged(options: { isWork?: boolean } = {}): void {
    if (this.showing) return;
    if (options.isWork !== false && !this.partsChanged) {
      this.partsChanged = true;
      this.updateTitle();
    }
    this.autosave.schedule();
  }

  /** First start: the bundled sample. Later: the article worked on last, as it was left. */
  async start(): Promise<void> {
    const { host, glossaries, announcer } = this.deps;
    const [latest, userGlossary] = await Promise.all([
      host.latestWork().catch((error: unknown) => {
        announcer.error(`Could not read the autosaved work: ${messageOf(error)}`);
        return null;
      }),
      host.readUserGlossary().catch(() => null),
    ]);
    this.userGlossaryAtStart = userGlossary;
    if (latest) {
      await this.show(latest, {});
      if (latest.unsavedChanges) announcer.say(`Restored your work on ${latest.article.name} (autosaved ${new Date(latest.savedAt).toLocaleTimeString()})`);
      return;
    }
    const sample = await host.bundledSample();
    this.showing = true;
    try {
      if (userGlossary) await glossaries.add(userGlossary);
      await glossaries.add(sample.glossary);
      for (const glossary of sample.glossaries ?? []) await glossaries.add(glossary);
    } finally {
      this.showing = false;
    }
    const article = await this.decode(sample.article, undefined);
    if (article) await this.show(this.freshWork(article), { bytes: sample.article.bytes });
  }

  /**
   * Open a picked, dropped or recent file: an article (its autosaved work if it has one)
   * or a `.glossa` file. False when it could not be read; only a file that opened is
   * added to Recent.
   */
  async openFile(file: PickedFile, options: { encoding?: string } = {}): Promise<boolean> {
    const { host, announcer } = this.deps;
    let work: ArticleWork;
    let bytes: Uint8Array | undefined;
    if (isWorkFileName(file.name)) {
      const opened = await this.workFromFile(file);
      if (!opened) return false;
      work = opened;
    } else {
      const article = await this.decode(file, options.encoding);
      if (!article) return false;
      bytes = file.bytes;
      work = (await this.autosaved(article)) ?? this.freshWork(article);
    }
    // Recorded before the article shows, so by the time the editor sees it, Recent lists it.
    await host.addRecentArticle(file).catch(() => undefined);
    void this.deps.toolbar.refreshRecent();
    await this.show(work, bytes ? { bytes } : {});
    announcer.say(work.unsavedChanges || work.postEdit !== work.mt ? `Opened ${work.article.name} with your work on it` : `Opened ${work.article.name}`);
    return true;
  }

  /** "Reopen with encoding…": the open article's file, decoded as the editor says. */
  async reopenWithEncoding(): Promise<void> {
    const current = this.current;
    if (!current) return;
    let bytes = current.bytes;
    if (!bytes && current.article.path) bytes = (await this.deps.host.openRecent(current.article.path).catch(() => null))?.bytes;
    if (!bytes) {
      await showError('Cannot reopen the article', `The file of ${current.article.name} is not at hand: open it again with Open article, then choose its encoding.`);
      return;
    }
    await this.chooseEncodingAndOpen({ name: current.article.name, ...(current.article.path ? { path: current.article.path } : {}), bytes }, current.article.encoding);
  }

  /** Ctrl+S: the work as a `.glossa` file (beside the article by default). */
  async save(): Promise<void> {
    const current = this.current;
    const { host, announcer, glossaries } = this.deps;
    const work = this.snapshot();
    if (!current || !work) return;
    const file: ArticleWork = { ...work, glossaries: glossaries.toWorkFile(), unsavedChanges: false };
    delete file.savedTo;
    const savedVersion = this.deps.diffView.postEditModel?.getAlternativeVersionId() ?? -1;
    let where: string | null;
    try {
      where = await host.saveWorkFile(workFileName(current.article.name), new TextEncoder().encode(serializeWorkFile(file)), {
        ...(current.article.path ? { articlePath: current.article.path } : {}),
        ...(current.savedTo ? { target: current.savedTo } : {}),
      });
    } catch (error) {
      await showError('Cannot save the work', messageOf(error));
      return;
    }
    if (where === null || this.current !== current) return;
    // Electron answers with the file's path (written silently next time); a browser
    // download has none.
    if (host.kind === 'electron') current.savedTo = where;
    this.savedVersion = savedVersion;
    this.partsChanged = false;
    this.updateTitle();
    await this.autosave.flush();
    announcer.say(`Saved ${baseName(where)}`);
  }

  toggleUnchanged(): void {
    this.setHideUnchanged(!this.deps.diffView.isHidingUnchanged);
    this.markChanged({ isWork: false });
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────

  /** Changed since the last `.glossa` save (undoing back to it reads as saved). */
  private get isDirty(): boolean {
    const model = this.deps.diffView.postEditModel;
    return model !== undefined && (this.partsChanged || model.getAlternativeVersionId() !== this.savedVersion);
  }

  private updateTitle(): void {
    const name = this.current?.article.name;
    this.deps.host.setTitle(name ? `${name} — Glossa` : 'Glossa', this.isDirty);
  }

  private freshWork(article: Article): ArticleWork {
    return {
      format: WORK_FORMAT,
      version: WORK_VERSION,
      article: workArticleOf(article),
      mt: article.mtText,
      postEdit: article.mtText,
      applied: [],
      skipped: [],
      ignoredIssues: [],
      confirmedParagraphs: [],
      // A new article starts with the glossaries the editor has loaded.
      glossaries: this.deps.glossaries.toWork(),
      editingMs: 0,
      view: { cursor: { lineNumber: 1, column: 1 }, hideUnchanged: this.deps.diffView.isHidingUnchanged },
      savedAt: Date.now(),
      unsavedChanges: false,
    };
  }

  private async autosaved(article: Article): Promise<ArticleWork | null> {
    try {
      return await this.deps.host.readWork(workKey(workArticleOf(article)));
    } catch (error) {
      this.deps.announcer.error(`Could not read the autosaved work on ${article.name}: ${messageOf(error)}`);
      return null;
    }
  }

  /** A `.glossa` file's work; where the autosave holds work done since (unsaved changes
   *  made after the file was written), that wins, and the editor is told. */
  private async workFromFile(file: PickedFile): Promise<ArticleWork | null> {
    let work: ArticleWork;
    try {
      work = parseWorkFile(utf8.decode(file.bytes));
    } catch (error) {
      await showError('Cannot open the work file', `${file.name}: ${messageOf(error)}`);
      return null;
    }
    work.unsavedChanges = false;
    if (file.path) work.savedTo = file.path;
    else delete work.savedTo;
    const autosaved = await this.deps.host.readWork(workKey(work.article)).catch(() => null);
    if (autosaved && autosaved.unsavedChanges && autosaved.savedAt > work.savedAt && autosaved.postEdit !== work.postEdit) {
      this.deps.announcer.say(`Your autosaved work on ${work.article.name} is newer than ${file.name}: it is shown (Ctrl+S saves it)`);
      return { ...autosaved, ...(file.path ? { savedTo: file.path } : {}), unsavedChanges: true };
    }
    return work;
  }

  private snapshot(): ArticleWork | null {
    const current = this.current;
    const { diffView, glossaries, suggestions } = this.deps;
    const model = diffView.postEditModel;
    if (!current || !model) return null;
    const { article } = current;
    let work: ArticleWork = {
      format: WORK_FORMAT,
      version: WORK_VERSION,
      article: workArticleOf(article),
      mt: article.mtText,
      postEdit: model.getValue(),
      applied: suggestions.applied.current(),
      skipped: suggestions.skippedChanges(),
      ignoredIssues: current.carried.ignoredIssues,
      confirmedParagraphs: current.carried.confirmedParagraphs,
      ...(current.carried.effort ? { effort: current.carried.effort } : {}),
      glossaries: glossaries.toWork(),
      editingMs: Math.round(this.clock.ms),
      view: { cursor: diffView.cursor(), hideUnchanged: diffView.isHidingUnchanged },
      savedAt: Date.now(),
      unsavedChanges: this.isDirty,
      ...(current.savedTo ? { savedTo: current.savedTo } : {}),
    };
    for (const part of this.parts) work = { ...work, ...part.capture() };
    return work;
  }

  /** The host keeps one copy of each glossary file; the work names it by hash. */
  private async writeAutosave(work: ArticleWork): Promise<void> {
    const { host, glossaries } = this.deps;
    for (const item of glossaries.all) {
      if (item.isUser || item.missing || this.keptGlossaries.has(item.hash)) continue;
      await host.keepGlossaryCopy(item.hash, item.bytes);
      this.keptGlossaries.add(item.hash);
    }
    await host.writeWork(work);
  }

  private onAutosaved(work: ArticleWork, error?: unknown): void {
    const { statusBar, announcer } = this.deps;
    // A write for an article no longer shown says nothing about the one that is.
    if (this.current === undefined || workKey(work.article) !== workKey(workArticleOf(this.current.article))) return;
    if (error) {
      statusBar.setSaveState('failed');
      announcer.error(`Autosave failed: ${messageOf(error)}`);
      return;
    }
    if (this.autosave.isPending) return;
    statusBar.setSaveState(this.isDirty ? 'autosaved' : 'saved', work.savedAt);
  }

  private glossaryLookup = async (glossary: { hash: string }): Promise<Uint8Array | null> =>
    this.deps.host.readGlossaryCopy(glossary.hash).catch(() => null);

  private currentUserGlossary(): PickedFile | null {
    const item = this.deps.glossaries.userGlossary;
    if (item) return { name: baseName(item.file), ...(item.file.includes('/') || item.file.includes('\\') ? { path: item.file } : {}), bytes: item.bytes, role: 'user-glossary' };
    return this.userGlossaryAtStart;
  }

  /** Show an article's work: MT on the left, the post-edit on the right, fresh undo history. */
  private async show(work: ArticleWork, origin: { bytes?: Uint8Array }): Promise<void> {
    const { diffView, suggestions, review, statusBar, layout, engine, glossaries } = this.deps;
    // The article being left is written first: switching never loses a keystroke.
    if (this.current) await this.autosave.flush();
    const previousLanguage = this.detected?.iso6391;
    this.showing = true;
    let model: monaco.editor.ITextModel;
    const article: Article = {
      name: work.article.name,
      ...(work.article.path ? { path: work.article.path } : {}),
      mtText: work.mt,
      mtHash: work.article.mtHash,
      lineEnding: work.article.lineEnding,
      hadBom: work.article.hadBom,
      encoding: work.article.encoding,
    };
    const opened: OpenArticle = {
      article,
      ...(origin.bytes ? { bytes: origin.bytes } : {}),
      ...(work.savedTo ? { savedTo: work.savedTo } : {}),
      carried: {
        ignoredIssues: work.ignoredIssues,
        confirmedParagraphs: work.confirmedParagraphs,
        ...(work.effort ? { effort: work.effort } : {}),
      },
    };
    try {
      await glossaries.replaceWith(work.glossaries, this.glossaryLookup, this.currentUserGlossary());
      this.current = opened;
      this.detected = undefined;
      statusBar.setLanguage(undefined);
      model = diffView.setDocuments({ mtText: work.mt, postEdit: work.postEdit });
      suggestions.attach(model, { skipped: work.skipped, applied: work.applied });
      review.attach(model, work.mt);
      for (const part of this.parts) part.restore(work);
      diffView.setCursor(work.view.cursor);
      this.setHideUnchanged(work.view.hideUnchanged);
      this.clock.reset(work.editingMs);
      this.savedVersion = work.unsavedChanges ? -1 : model.getAlternativeVersionId();
      this.partsChanged = false;
    } finally {
      this.showing = false;
    }
    this.updateTitle();
    statusBar.setSaveState(work.unsavedChanges ? 'autosaved' : 'saved', work.savedAt);
    layout.root.removeAttribute('aria-busy');
    for (const listener of this.openListeners) listener(article, model);
    // The article takes the focus, unless the editor opened a menu or a dialog meanwhile.
    if (!focusInMenuOrDialog()) diffView.focus();
    // Written at once: the index now names this article as the one worked on last.
    void this.autosave.flush();
    const detected = await engine.call('detect-language', { text: article.mtText });
    if (this.current !== opened) return;
    this.detected = detected;
    statusBar.setLanguage(detected);
    // QA checks paragraphs against the article's language, as detected on the MT.
    review.setLanguage(detected.language === 'und' ? undefined : (detected.iso6391 ?? detected.language));
    for (const listener of this.languageListeners) listener(detected, article);
    if (previousLanguage !== detected.iso6391) await glossaries.languageChanged();
  }

  private async decode(file: PickedFile, encoding: string | undefined): Promise<Article | null> {
    const result = await this.deps.engine.call('decode-article', { file: file.name, bytes: file.bytes, ...(encoding ? { encoding } : {}) });
    if (!result.ok) {
      if ((await askAfterDecodeError(result.error)) === 'encoding') await this.chooseEncodingAndOpen(file, encoding);
      return null;
    }
    return {
      name: file.name,
      ...(file.path ? { path: file.path } : {}),
      mtText: result.decoded.text,
      mtHash: hashText(result.decoded.text),
      lineEnding: result.decoded.lineEnding,
      hadBom: result.decoded.hadBom,
      encoding: result.decoded.encoding,
    };
  }

  private async chooseEncodingAndOpen(file: PickedFile, current: string | undefined): Promise<void> {
    const encoding = await chooseEncoding(file.name, file.bytes, current);
    if (encoding === null) {
      this.deps.diffView.focus();
      return;
    }
    await this.openFile(file, { encoding });
  }

  private setHideUnchanged(hide: boolean): void {
    this.deps.diffView.setHideUnchanged(hide);
    this.deps.toolbar.hideUnchanged.setAttribute('aria-pressed', String(hide));
  }

  /** Nothing to ask: the work is autosaved. Only a write not yet made holds the window. */
  private onCloseRequest(): Promise<boolean> | boolean {
    if (!this.autosave.isPending) return true;
    const written = this.autosave.flush();
    // The browser can only show its own prompt and cannot wait for the write; by the
    // time the user answers it, the write has landed.
    if (this.deps.host.kind === 'browser') return false;
    return written.then(() => true);
  }
}

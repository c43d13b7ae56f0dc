// The article being worked on and its work: which article is open (MT and how its file
// was stored), the post-edit in the editor, whether it is saved, the autosave one second
// after typing stops, the window title, and showing an article (fresh or restored). Other
// controllers read the article through here and never keep their own copy.
//
// Per-article state owned elsewhere plugs in as a WorkPart (registerPart): it adds its
// fields to every snapshot and takes them back when an article is shown. The suggestion
// store's skipped hits are one; a source pane or paragraph statuses would be others.
import { askToRestore } from '../dialogs/restore-dialog';
import { confirmDiscard, showError } from '../dialogs/confirm-dialog';
import type { DiffView } from '../editor/diff-view';
import type { EngineClient } from '../engine/engine-client';
import { GlossaryList, USER_GLOSSARY_FILE } from '../glossaries/glossary-list';
import type { Host, PickedFile, SessionSnapshot } from '../host/host';
import type { Layout } from '../layout';
import type { ReviewStore } from '../review/review-store';
import type { Article } from '../session/article';
import { Autosave } from '../session/autosave';
import type { SuggestionStore } from '../suggestions/suggestion-store';
import type { Announcer } from '../ui/announcer';
import type { StatusBar } from '../ui/status-bar';
import type { ToolbarHandles } from '../ui/toolbar';

/** What is saved of an article's work. */
export type WorkSnapshot = SessionSnapshot;

/** Per-article state kept by another controller, saved and restored with the work. */
export interface WorkPart {
  /** This part's fields of the snapshot being taken. */
  capture(): Partial<WorkSnapshot>;
  /** An article is being shown: take this part's fields from its saved work (undefined
   *  for an article without any). */
  restore(work: Readonly<WorkSnapshot> | undefined): void;
}

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

export class WorkController {
  private current: Article | undefined;
  private detected: DetectedLanguage | undefined;
  /** Monaco's alternative version id at the last save: undo back to it reads as clean. */
  private savedVersion = -1;
  /** The post-edit as of the last Save session: what "Discard" returns to. */
  private savedPostEdit: string | undefined;
  /** Glossary loads while restoring a session are not user changes. */
  private restoring = false;
  private readonly autosave: Autosave;
  private readonly parts: WorkPart[] = [];
  private readonly openListeners = new Set<(article: Article) => void>();

  constructor(private readonly deps: WorkControllerDeps) {
    const { host, diffView, glossaries, statusBar } = deps;
    this.autosave = new Autosave(host, () => this.snapshot(), (snapshot, error) => this.onAutosaved(snapshot, error));
    diffView.onDidSetModel((model) => {
      model.onDidChangeContent(() => {
        this.updateTitle();
        statusBar.setSaveState(this.isDirty ? 'pending' : 'saved');
        this.autosave.schedule();
      });
    });
    glossaries.onChange(() => {
      // The glossary set is part of the session but not "work": it is autosaved
      // silently and never makes the article read as unsaved.
      if (!this.restoring) this.autosave.schedule();
    });
    // Best effort on tab close / app quit; the 1 s autosave has normally written already.
    window.addEventListener('pagehide', () => void this.autosave.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden' && this.autosave.isScheduled) void this.autosave.flush();
    });
    host.onCloseRequest(() => this.onCloseRequest());
  }

  /** The open article, if any. */
  get article(): Article | undefined {
    return this.current;
  }

  /** The article's language, as detected on its MT (undefined while detecting). */
  get language(): DetectedLanguage | undefined {
    return this.detected;
  }

  /** The post-edit as it stands. */
  postEdit(): string | undefined {
    return this.deps.diffView.postEditModel?.getValue();
  }

  registerPart(part: WorkPart): void {
    this.parts.push(part);
  }

  /** After an article is shown (opened, restored, switched to). */
  onDidOpen(listener: (article: Article) => void): void {
    this.openListeners.add(listener);
  }

  /** Something outside the text changed (a part's state, a view setting): autosave it. */
  markChanged(): void {
    this.autosave.schedule();
  }

  /** First start: the bundled sample. Later: the last session, or an offer to restore. */
  async start(): Promise<void> {
    const { host } = this.deps;
    const [snapshot, userGlossary] = await Promise.all([
      host.readAutosave().catch(() => null),
      host.readUserGlossary().catch(() => null),
    ]);
    if (!snapshot) {
      await this.openSample(userGlossary);
      return;
    }
    if (snapshot.unsaved && (await askToRestore(snapshot)) === 'discard') {
      await this.restore(
        { ...snapshot, postEdit: snapshot.savedPostEdit ?? snapshot.mtText, skipped: [], unsaved: false },
        userGlossary,
        false,
      );
      void this.autosave.flush();
      return;
    }
    await this.restore(snapshot, userGlossary, snapshot.unsaved === true);
  }

  /** Before replacing the article: save, discard or stay. False means stay. */
  async mayReplaceArticle(): Promise<boolean> {
    if (!this.isDirty) return true;
    const choice = await confirmDiscard(this.current?.name ?? 'The article');
    if (choice === 'cancel') return false;
    if (choice === 'save') await this.save();
    return true;
  }

  /** Decode a picked article and show it. False when it could not be read. */
  async openPicked(file: PickedFile): Promise<boolean> {
    const article = await this.decodeArticle(file);
    if (!article) return false;
    await this.show(article, article.mtText);
    this.markSaved();
    this.deps.diffView.focus();
    this.deps.announcer.say(`Opened ${article.name}`);
    void this.deps.toolbar.refreshRecent();
    await this.autosave.flush();
    return true;
  }

  async save(): Promise<void> {
    if (!this.current) return;
    this.markSaved();
    await this.autosave.flush({ unsaved: false });
    this.deps.announcer.say('Session saved');
  }

  toggleUnchanged(): void {
    this.setHideUnchanged(!this.deps.diffView.isHidingUnchanged);
    this.autosave.schedule();
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────

  /** Unsaved work = the post-edit differs from the last save (undoing back reads clean). */
  private get isDirty(): boolean {
    const model = this.deps.diffView.postEditModel;
    return model !== undefined && model.getAlternativeVersionId() !== this.savedVersion;
  }

  private updateTitle(): void {
    const name = this.current?.name;
    this.deps.host.setTitle(name ? `${name} — Glossa` : 'Glossa', this.isDirty);
  }

  private snapshot(): WorkSnapshot | null {
    const article = this.current;
    const { diffView, glossaries } = this.deps;
    const model = diffView.postEditModel;
    if (!article || !model) return null;
    let snapshot: WorkSnapshot = {
      version: 1,
      articleName: article.name,
      ...(article.path ? { articlePath: article.path } : {}),
      mtText: article.mtText,
      postEdit: model.getValue(),
      lineEnding: article.lineEnding,
      glossaries: glossaries.toSession(),
      skipped: this.deps.suggestions.skippedKeys(),
      cursor: diffView.cursor(),
      savedAt: Date.now(),
      unsaved: this.isDirty,
      ...(this.savedPostEdit !== undefined ? { savedPostEdit: this.savedPostEdit } : {}),
      hadBom: article.hadBom,
      encoding: article.encoding,
      hideUnchanged: diffView.isHidingUnchanged,
    };
    for (const part of this.parts) snapshot = { ...snapshot, ...part.capture() };
    return snapshot;
  }

  private onAutosaved(snapshot: WorkSnapshot, error?: unknown): void {
    const { statusBar, announcer } = this.deps;
    if (error) {
      statusBar.setSaveState('failed');
      announcer.error(`Autosave failed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (!this.isDirty) statusBar.setSaveState('saved', snapshot.savedAt);
    else statusBar.setSaveState('autosaved', snapshot.savedAt);
  }

  private markSaved(): void {
    const model = this.deps.diffView.postEditModel;
    this.savedVersion = model?.getAlternativeVersionId() ?? -1;
    this.savedPostEdit = model?.getValue();
    this.updateTitle();
  }

  /** Show an article: MT on the left, `postEdit` on the right, fresh undo history. */
  private async show(article: Article, postEdit: string, work?: WorkSnapshot): Promise<void> {
    const { diffView, suggestions, review, statusBar, layout, engine } = this.deps;
    const previousLanguage = this.detected?.iso6391;
    this.current = article;
    this.detected = undefined;
    statusBar.setLanguage(undefined);
    statusBar.setChanges(undefined);
    const model = diffView.setDocuments({ mtText: article.mtText, postEdit });
    suggestions.attach(model, work?.skipped ?? []);
    review.attach(model, article.mtText);
    for (const part of this.parts) part.restore(work);
    this.updateTitle();
    layout.root.removeAttribute('aria-busy');
    for (const listener of this.openListeners) listener(article);
    const detected = await engine.call('detect-language', { text: article.mtText });
    if (this.current !== article) return;
    this.detected = detected;
    statusBar.setLanguage(detected);
    // QA checks paragraphs against the article's language, as detected on the MT.
    review.setLanguage(detected.language === 'und' ? undefined : (detected.iso6391 ?? detected.language));
    if (previousLanguage !== detected.iso6391) await this.deps.glossaries.reloadTermbases();
  }

  private async decodeArticle(file: PickedFile): Promise<Article | null> {
    const result = await this.deps.engine.call('decode-article', { file: file.name, bytes: file.bytes });
    if (!result.ok) {
      await showError('Cannot open the article', result.error);
      return null;
    }
    return {
      name: file.name,
      ...(file.path ? { path: file.path } : {}),
      mtText: result.decoded.text,
      lineEnding: result.decoded.lineEnding,
      hadBom: result.decoded.hadBom,
      encoding: result.decoded.encoding,
    };
  }

  private async openSample(userGlossary: PickedFile | null): Promise<void> {
    const { host, glossaries, diffView } = this.deps;
    const sample = await host.bundledSample();
    this.restoring = true;
    try {
      if (userGlossary) await glossaries.add(userGlossary);
      await glossaries.add(sample.glossary);
      const article = await this.decodeArticle(sample.article);
      if (article) await this.show(article, article.mtText);
    } finally {
      this.restoring = false;
    }
    this.markSaved();
    diffView.focus();
    // Remember the sample as the session, so the next start reopens it.
    void this.autosave.flush();
  }

  private async restore(snapshot: WorkSnapshot, userGlossary: PickedFile | null, unsaved: boolean): Promise<void> {
    const { glossaries, diffView, statusBar } = this.deps;
    this.restoring = true;
    try {
      await glossaries.clear();
      let userLoaded = false;
      for (const glossary of snapshot.glossaries) {
        const isUser = glossary.file === USER_GLOSSARY_FILE;
        // The user's glossary may have grown since the snapshot: take the stored one.
        const file = isUser && userGlossary ? userGlossary : GlossaryList.fromSession(glossary);
        userLoaded ||= isUser;
        await glossaries.add(file, { enabled: glossary.enabled });
      }
      if (userGlossary && !userLoaded) await glossaries.add(userGlossary);
      const article: Article = {
        name: snapshot.articleName,
        ...(snapshot.articlePath ? { path: snapshot.articlePath } : {}),
        mtText: snapshot.mtText,
        lineEnding: snapshot.lineEnding,
        hadBom: snapshot.hadBom ?? false,
        encoding: snapshot.encoding ?? 'utf-8',
      };
      const shown = this.show(article, snapshot.postEdit, snapshot);
      diffView.setCursor(snapshot.cursor);
      this.setHideUnchanged(snapshot.hideUnchanged ?? false);
      await shown;
    } finally {
      this.restoring = false;
    }
    // The saved state is what the snapshot says was saved, not what it holds.
    this.savedPostEdit = snapshot.savedPostEdit;
    this.savedVersion = unsaved ? -1 : (diffView.postEditModel?.getAlternativeVersionId() ?? -1);
    if (!unsaved) this.savedPostEdit = snapshot.postEdit;
    this.updateTitle();
    statusBar.setSaveState(unsaved ? 'autosaved' : 'saved', snapshot.savedAt);
    diffView.focus();
  }

  private setHideUnchanged(hide: boolean): void {
    this.deps.diffView.setHideUnchanged(hide);
    this.deps.toolbar.hideUnchanged.setAttribute('aria-pressed', String(hide));
  }

  private onCloseRequest(): Promise<boolean> | boolean {
    const { host } = this.deps;
    if (!this.isDirty) {
      void this.autosave.flush();
      return true;
    }
    // The browser can only show its own prompt and cannot wait for ours.
    if (host.kind === 'browser') return false;
    return (async () => {
      const choice = await confirmDiscard(this.current?.name ?? 'The article');
      if (choice === 'cancel') return false;
      if (choice === 'save') await this.save();
      else {
        // Leaving without saving: next start reopens the saved state, no restore offer.
        await this.autosave.flush({ unsaved: false, postEdit: this.savedPostEdit ?? this.current?.mtText ?? '', skipped: [] });
      }
      return true;
    })();
  }
}

// Glossa's window: wires the host, the engine worker, the diff editor, the panels and
// the commands together, and owns the session (which article, which glossaries, saved
// or not). Each piece it wires lives in its own module; this file is the plot.
import type { QaIssue } from '../core/qa/types';
import type { Change } from '../core/types';
import { CommandBus, type CommandId } from './commands';
import { applySuggestions } from './editor/apply-suggestions';
import { DiffView } from './editor/diff-view';
import { QaDecorations } from './editor/qa-decorations';
import { SuggestionDecorations } from './editor/suggestion-decorations';
import { EngineClient } from './engine/engine-client';
import { askForTerm, appendTerm } from './dialogs/add-term-dialog';
import { confirmDiscard, showError } from './dialogs/confirm-dialog';
import { showHelp } from './dialogs/help-dialog';
import { isModalOpen } from './dialogs/modal';
import { askToRestore } from './dialogs/restore-dialog';
import { checkArticleSize } from './files/article-size';
import { installDropTarget, type DroppedFiles } from './files/drop-target';
import { DEFAULT_EXPORT_FORMAT, exportFileName, type ExportFormat } from './files/export-formats';
import { GlossaryList, USER_GLOSSARY_FILE } from './glossaries/glossary-list';
import type { Host, PickedFile, SessionSnapshot } from './host/host';
import { installShortcuts } from './keyboard';
import { createLayout, type Layout } from './layout';
import { GlossaryPanel } from './panels/glossary-panel';
import { QaPanel } from './panels/qa-panel';
import { SuggestionsPanel } from './panels/suggestions-panel';
import type { ReviewFindings } from './engine/protocol';
import { ReviewStore, type ReviewState } from './review/review-store';
import type { Article } from './session/article';
import { Autosave } from './session/autosave';
import { SuggestionStore } from './suggestions/suggestion-store';
import { Announcer } from './ui/announcer';
import { copyText } from './ui/clipboard';
import { languageName } from './ui/language-name';
import { StatusBar } from './ui/status-bar';
import { createToolbar, type ToolbarHandles } from './ui/toolbar';

type DetectedLanguage = { language: string; iso6391?: string };

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class GlossaApp {
  private readonly engine = new EngineClient();
  private readonly bus = new CommandBus();
  private readonly announcer = new Announcer();
  private readonly statusBar = new StatusBar();
  private readonly toolbar: ToolbarHandles;
  private readonly layout: Layout;
  private readonly diffView: DiffView;
  private readonly store: SuggestionStore;
  private readonly decorations: SuggestionDecorations;
  private readonly glossaries: GlossaryList;
  private readonly glossaryPanel: GlossaryPanel;
  private readonly suggestionsPanel: SuggestionsPanel;
  private readonly qaPanel: QaPanel;
  private readonly review: ReviewStore;
  private readonly qaDecorations: QaDecorations;
  /** The findings the editor and status bar show (the panel keeps its own). */
  private shownFindings: ReviewFindings | undefined;
  private readonly autosave: Autosave;

  private article: Article | undefined;
  private language: DetectedLanguage | undefined;
  /** Monaco's alternative version id at the last save: undo back to it reads as clean. */
  private savedVersion = -1;
  /** The post-edit as of the last Save session: what "Discard" returns to. */
  private savedPostEdit: string | undefined;
  /** Glossary loads while restoring a session are not user changes. */
  private restoring = false;

  constructor(
    root: HTMLElement,
    private readonly host: Host,
  ) {
    this.toolbar = createToolbar(this.bus, {
      recentArticles: () => host.recentArticles(),
      openRecent: (path) => void this.openRecent(path),
      exportAs: (format) => void this.exportAs(format),
      exportFormats: () => this.exportFormats(),
    });
    this.layout = createLayout(root, this.toolbar.element, this.statusBar.element, this.announcer.element);
    this.diffView = new DiffView(this.layout.diffHost);
    this.store = new SuggestionStore(this.engine);
    this.decorations = new SuggestionDecorations(this.diffView.modified);
    this.review = new ReviewStore(this.engine);
    this.qaDecorations = new QaDecorations(this.diffView.modified);
    this.qaPanel = new QaPanel({
      reveal: (issue, focus) => void this.revealIssue(issue, focus),
      lineOf: (offset) => this.diffView.postEditModel?.getPositionAt(offset).lineNumber ?? 0,
      showSuggestions: () => this.suggestionsPanel.focusList(),
    });
    this.glossaries = new GlossaryList(this.engine, () => this.language?.iso6391);
    this.glossaryPanel = new GlossaryPanel({
      setEnabled: (key, enabled) => void this.glossaries.setEnabled(key, enabled),
      move: (key, delta) => void this.glossaries.move(key, delta),
      remove: (key) => void this.glossaries.remove(key),
      load: () => this.bus.run('load-glossary', 'toolbar'),
    });
    this.suggestionsPanel = new SuggestionsPanel({
      apply: (change) => void this.applyOne(change),
      skip: (change) => this.store.skip(change),
      reveal: (change, focus) => this.reveal(change, focus),
      resetSkipped: () => this.store.resetSkipped(),
      lineOf: (change) => this.diffView.postEditModel?.getPositionAt(change.start).lineNumber ?? 0,
    });
    this.layout.sidePanel.append(this.glossaryPanel.element, this.suggestionsPanel.element, this.qaPanel.element);
    this.autosave = new Autosave(host, () => this.snapshot(), (snapshot, error) => this.onAutosaved(snapshot, error));

    this.wireEditor();
    this.wireStores();
    this.registerCommands();
    installShortcuts(this.bus, isModalOpen);
    installDropTarget(root, (files) => void this.onDrop(files), isModalOpen);
    host.onMenuCommand((command) => this.bus.run(command, 'menu'));
    host.onOpenRecent?.((path) => void this.openRecent(path));
    host.onCloseRequest(() => this.onCloseRequest());
    // Best effort on tab close / app quit; the 1 s autosave has normally written already.
    window.addEventListener('pagehide', () => void this.autosave.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden' && this.autosave.isScheduled) void this.autosave.flush();
    });
    this.statusBar.setLanguage(undefined);
    this.statusBar.setWords(0);
    this.statusBar.setChanges(undefined);
    this.statusBar.setSuggestions(0);
    this.statusBar.setHter(undefined);
    this.statusBar.setCursor(1, 1);
    this.statusBar.setSaveState('saved');
    this.glossaryPanel.render([]);
  }

  /** First start: the bundled sample. Later: the last session, or an offer to restore. */
  async start(): Promise<void> {
    void this.toolbar.refreshRecent();
    const [snapshot, userGlossary] = await Promise.all([
      this.host.readAutosave().catch(() => null),
      this.host.readUserGlossary().catch(() => null),
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

  // ── Wiring ────────────────────────────────────────────────────────────────────────

  private wireEditor(): void {
    this.diffView.onDidSetModel((model) => {
      model.onDidChangeContent(() => {
        this.updateTitle();
        this.statusBar.setSaveState(this.isDirty ? 'pending' : 'saved');
        this.autosave.schedule();
      });
    });
    this.diffView.onDidUpdateDiff(() => this.statusBar.setChanges(this.diffView.changeCount()));
    // The same commands from the post-edit's right-click menu, where the text is.
    this.diffView.addContextAction('apply-suggestion', 'Apply Suggestion Here', () => this.bus.run('apply-suggestion', 'menu'));
    this.diffView.addContextAction('add-to-glossary', 'Add to My Glossary…', () => this.bus.run('add-to-glossary', 'menu'));
    this.diffView.modified.onDidChangeCursorPosition((event) =>
      this.statusBar.setCursor(event.position.lineNumber, event.position.column),
    );
    // Pane titles sit over their editors, wherever the user drags the split.
    let alignQueued = false;
    const alignHeaders = () => {
      if (alignQueued) return;
      alignQueued = true;
      requestAnimationFrame(() => {
        alignQueued = false;
        const area = this.layout.editorArea.getBoundingClientRect();
        const modified = this.diffView.modified.getDomNode()?.getBoundingClientRect();
        if (!modified) return;
        const inline = this.diffView.original.getLayoutInfo().width < 2;
        this.layout.paneHeaders.container.classList.toggle('inline', inline);
        this.layout.paneHeaders.original.style.width = inline ? '' : `${Math.max(0, modified.left - area.left)}px`;
      });
    };
    this.diffView.original.onDidLayoutChange(alignHeaders);
    this.diffView.modified.onDidLayoutChange(alignHeaders);
    // The editors laid themselves out before these listeners existed.
    alignHeaders();
    this.diffView.onDidSetModel(alignHeaders);
  }

  private wireStores(): void {
    this.review.onChange((state) => this.showReview(state));
    this.store.onChange((state) => {
      this.suggestionsPanel.render(state);
      if (!state.fresh) return;
      this.decorations.show(state.pending);
      this.statusBar.setSuggestions(state.pending.length);
      this.statusBar.setWords(state.words);
      const nothingToApply = String(state.pending.length === 0);
      if (this.toolbar.applyAll.getAttribute('aria-disabled') !== nothingToApply) {
        this.toolbar.applyAll.setAttribute('aria-disabled', nothingToApply);
      }
    });
    this.glossaries.onChange(() => {
      const items = this.glossaries.all;
      this.glossaryPanel.render(items);
      this.suggestionsPanel.setHasGlossaries(items.some((i) => i.enabled && !i.error));
      this.store.refresh();
      this.review.refresh();
      // The glossary set is part of the session but not "work": it is autosaved
      // silently and never makes the article read as unsaved.
      if (!this.restoring) this.autosave.schedule();
    });
  }

  /** New findings: editor marks first (the panel reads their lines), then panel and status. */
  private showReview(state: ReviewState): void {
    const findings = state.findings;
    if (findings !== this.shownFindings) {
      this.shownFindings = findings;
      if (findings) {
        this.qaDecorations.show(findings.issues, findings.foreignParagraphs, findings.article);
        this.statusBar.setHter(findings.hter);
        this.statusBar.setForeignParagraphs(findings.foreignParagraphs.length, languageName(findings.article));
      } else {
        this.qaDecorations.clear();
        this.statusBar.setHter(undefined);
        this.statusBar.setForeignParagraphs(0);
      }
    }
    this.qaPanel.render({
      issues: findings?.issues,
      text: findings && state.fresh ? (this.diffView.postEditModel?.getValue() ?? '') : '',
      fresh: state.fresh,
    });
  }

  private registerCommands(): void {
    const commands: Record<CommandId, () => unknown> = {
      'open-article': () => this.openArticle(),
      'load-glossary': () => this.loadGlossaries(),
      'save-session': () => this.saveSession(),
      export: () => this.exportAs(DEFAULT_EXPORT_FORMAT),
      'copy-cleaned-text': () => this.copyCleanedText(),
      'apply-all': () => this.applyAll(),
      'apply-suggestion': () => this.applyAtCursor(),
      'next-suggestion': () => this.stepSuggestion(1),
      'previous-suggestion': () => this.stepSuggestion(-1),
      'next-change': () => this.diffView.goToChange('next'),
      'previous-change': () => this.diffView.goToChange('previous'),
      'toggle-unchanged': () => this.toggleUnchanged(),
      'add-to-glossary': () => this.addToGlossary(),
      'show-help': () => showHelp(),
      undo: () => this.diffView.modified.trigger('glossa', 'undo', null),
      redo: () => this.diffView.modified.trigger('glossa', 'redo', null),
      'next-region': () => this.cycleRegion(1),
      'previous-region': () => this.cycleRegion(-1),
    };
    for (const [id, handler] of Object.entries(commands)) this.bus.register(id as CommandId, handler);
  }

  // ── Session state ─────────────────────────────────────────────────────────────────

  /** Unsaved work = the post-edit differs from the last save (undoing back reads clean). */
  private get isDirty(): boolean {
    const model = this.diffView.postEditModel;
    return model !== undefined && model.getAlternativeVersionId() !== this.savedVersion;
  }

  private updateTitle(): void {
    const name = this.article?.name;
    this.host.setTitle(name ? `${name} — Glossa` : 'Glossa', this.isDirty);
  }

  private snapshot(): SessionSnapshot | null {
    const article = this.article;
    const model = this.diffView.postEditModel;
    if (!article || !model) return null;
    return {
      version: 1,
      articleName: article.name,
      ...(article.path ? { articlePath: article.path } : {}),
      mtText: article.mtText,
      postEdit: model.getValue(),
      lineEnding: article.lineEnding,
      glossaries: this.glossaries.toSession(),
      skipped: this.store.skippedKeys(),
      cursor: this.diffView.cursor(),
      savedAt: Date.now(),
      unsaved: this.isDirty,
      ...(this.savedPostEdit !== undefined ? { savedPostEdit: this.savedPostEdit } : {}),
      hadBom: article.hadBom,
      encoding: article.encoding,
      hideUnchanged: this.diffView.isHidingUnchanged,
    };
  }

  private onAutosaved(snapshot: SessionSnapshot, error?: unknown): void {
    if (error) {
      this.statusBar.setSaveState('failed');
      this.announcer.error(`Autosave failed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (!this.isDirty) this.statusBar.setSaveState('saved', snapshot.savedAt);
    else this.statusBar.setSaveState('autosaved', snapshot.savedAt);
  }

  private markSaved(): void {
    const model = this.diffView.postEditModel;
    this.savedVersion = model?.getAlternativeVersionId() ?? -1;
    this.savedPostEdit = model?.getValue();
    this.updateTitle();
  }

  /** Show an article: MT on the left, `postEdit` on the right, fresh undo history. */
  private async showArticle(article: Article, postEdit: string, skipped: readonly string[] = []): Promise<void> {
    const previousLanguage = this.language?.iso6391;
    this.article = article;
    this.language = undefined;
    this.statusBar.setLanguage(undefined);
    this.statusBar.setChanges(undefined);
    const model = this.diffView.setDocuments({ mtText: article.mtText, postEdit });
    this.store.attach(model, skipped);
    this.review.attach(model, article.mtText);
    this.updateTitle();
    this.layout.root.removeAttribute('aria-busy');
    const detected = await this.engine.call('detect-language', { text: article.mtText });
    if (this.article !== article) return;
    this.language = detected;
    this.statusBar.setLanguage(detected);
    // QA checks paragraphs against the article's language, as detected on the MT.
    this.review.setLanguage(detected.language === 'und' ? undefined : (detected.iso6391 ?? detected.language));
    if (previousLanguage !== detected.iso6391) await this.reloadTermbases();
  }

  /** TBX glossaries pick their target terms by the article's language: re-read them. */
  private async reloadTermbases(): Promise<void> {
    for (const item of this.glossaries.all) {
      if (/\.(tbx|xml)$/i.test(item.file)) await this.glossaries.update(item.key, item.bytes);
    }
  }

  private async decodeArticle(file: PickedFile): Promise<Article | null> {
    const result = await this.engine.call('decode-article', { file: file.name, bytes: file.bytes });
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
    const sample = await this.host.bundledSample();
    this.restoring = true;
    try {
      if (userGlossary) await this.glossaries.add(userGlossary);
      await this.glossaries.add(sample.glossary);
      const article = await this.decodeArticle(sample.article);
      if (article) await this.showArticle(article, article.mtText);
    } finally {
      this.restoring = false;
    }
    this.markSaved();
    this.diffView.focus();
    // Remember the sample as the session, so the next start reopens it.
    void this.autosave.flush();
  }

  private async restore(snapshot: SessionSnapshot, userGlossary: PickedFile | null, unsaved: boolean): Promise<void> {
    this.restoring = true;
    try {
      await this.glossaries.clear();
      let userLoaded = false;
      for (const glossary of snapshot.glossaries) {
        const isUser = glossary.file === USER_GLOSSARY_FILE;
        // The user's glossary may have grown since the snapshot: take the stored one.
        const file = isUser && userGlossary ? userGlossary : GlossaryList.fromSession(glossary);
        userLoaded ||= isUser;
        await this.glossaries.add(file, { enabled: glossary.enabled });
      }
      if (userGlossary && !userLoaded) await this.glossaries.add(userGlossary);
      const article: Article = {
        name: snapshot.articleName,
        ...(snapshot.articlePath ? { path: snapshot.articlePath } : {}),
        mtText: snapshot.mtText,
        lineEnding: snapshot.lineEnding,
        hadBom: snapshot.hadBom ?? false,
        encoding: snapshot.encoding ?? 'utf-8',
      };
      const shown = this.showArticle(article, snapshot.postEdit, snapshot.skipped);
      this.diffView.setCursor(snapshot.cursor);
      this.setHideUnchanged(snapshot.hideUnchanged ?? false);
      await shown;
    } finally {
      this.restoring = false;
    }
    // The saved state is what the snapshot says was saved, not what it holds.
    this.savedPostEdit = snapshot.savedPostEdit;
    this.savedVersion = unsaved ? -1 : (this.diffView.postEditModel?.getAlternativeVersionId() ?? -1);
    if (!unsaved) this.savedPostEdit = snapshot.postEdit;
    this.updateTitle();
    this.statusBar.setSaveState(unsaved ? 'autosaved' : 'saved', snapshot.savedAt);
    this.diffView.focus();
  }

  // ── Files ─────────────────────────────────────────────────────────────────────────

  /** Before replacing the article: save, discard or stay. False means stay. */
  private async mayReplaceArticle(): Promise<boolean> {
    if (!this.isDirty) return true;
    const choice = await confirmDiscard(this.article?.name ?? 'The article');
    if (choice === 'cancel') return false;
    if (choice === 'save') await this.saveSession();
    return true;
  }

  private async openArticle(): Promise<void> {
    if (!(await this.mayReplaceArticle())) return;
    let file: PickedFile | null;
    try {
      file = await this.host.openArticle();
    } catch (error) {
      // Too large, unreadable, gone: the host names the file and the reason.
      await showError('Cannot open the article', error instanceof Error ? error.message : String(error));
      return;
    }
    if (file) await this.openPickedArticle(file);
  }

  private async openRecent(path: string): Promise<void> {
    if (!(await this.mayReplaceArticle())) return;
    const file = await this.host.openRecent(path);
    if (!file) {
      await showError('Cannot open the article', `${path} is no longer available.`);
      return;
    }
    await this.openPickedArticle(file);
  }

  private async openPickedArticle(file: PickedFile): Promise<void> {
    const article = await this.decodeArticle(file);
    if (!article) return;
    await this.showArticle(article, article.mtText);
    this.markSaved();
    this.diffView.focus();
    this.announcer.say(`Opened ${article.name}`);
    void this.toolbar.refreshRecent();
    await this.autosave.flush();
  }

  private async loadGlossaries(): Promise<void> {
    const files = await this.host.openGlossaries();
    await this.addGlossaryFiles(files);
  }

  private async addGlossaryFiles(files: PickedFile[]): Promise<void> {
    for (const file of files) {
      const duplicate = this.glossaries.all.find(
        (item) => (item.file === (file.path ?? file.name)) && bytesEqual(item.bytes, file.bytes),
      );
      if (duplicate) {
        this.announcer.say(`${file.name} is already loaded.`);
        continue;
      }
      const item = await this.glossaries.add(file);
      if (item.error) this.announcer.error(`Glossary not loaded: ${item.error}`);
      else this.announcer.say(`Loaded ${file.name}: ${item.summary?.entryCount ?? 0} corrections`);
    }
  }

  private async onDrop(files: DroppedFiles): Promise<void> {
    const pick = async (file: File): Promise<PickedFile> =>
      this.host.pickedFromDrop ? this.host.pickedFromDrop(file) : { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    if (files.ignored.length > 0) {
      // Neither an article nor a glossary, or a second article (one opens at a time).
      this.announcer.error(`Not opened: ${files.ignored.map((f) => f.name).join(', ')}`);
    }
    if (files.glossaries.length > 0) await this.addGlossaryFiles(await Promise.all(files.glossaries.map(pick)));
    if (files.article) {
      try {
        checkArticleSize(files.article);
      } catch (error) {
        await showError('Cannot open the article', error instanceof Error ? error.message : String(error));
        return;
      }
    }
    if (files.article && (await this.mayReplaceArticle())) {
      const picked = await pick(files.article);
      // pickedFromDrop records recents itself where the host has it.
      if (!this.host.pickedFromDrop) await this.host.addRecentArticle?.(picked);
      await this.openPickedArticle(picked);
    }
  }

  private async saveSession(): Promise<void> {
    if (!this.article) return;
    this.markSaved();
    await this.autosave.flush({ unsaved: false });
    this.announcer.say('Session saved');
  }

  private exportFormatList: Promise<readonly ExportFormat[]> | undefined;

  private exportFormats(): Promise<readonly ExportFormat[]> {
    this.exportFormatList ??= this.engine.call('export-formats', {}).then((answer) => answer.formats);
    return this.exportFormatList;
  }

  private async exportAs(format: ExportFormat): Promise<void> {
    const article = this.article;
    const model = this.diffView.postEditModel;
    if (!article || !model) return;
    const result = await this.engine.call('export', {
      format: format.id,
      postEdit: model.getValue(),
      mt: article.mtText,
      lineEnding: article.lineEnding,
      // A file that came with a byte-order mark goes back with one (txt and md).
      byteOrderMark: article.hadBom,
      ...(this.language?.iso6391 ? { language: this.language.iso6391 } : {}),
    });
    if (!result.ok) {
      await showError('Export failed', result.error);
      return;
    }
    const bytes = result.bytes;
    try {
      const where = await this.host.saveExport(exportFileName(article.name, format.extension), bytes, format.mimeType);
      if (where) this.announcer.say(`Exported ${where.split(/[\\/]/).pop() ?? where}`);
    } catch (error) {
      await showError('Export failed', error instanceof Error ? error.message : String(error));
    }
  }

  /** The post-edit as it stands, for pasting into a CMS: what the .txt export holds. */
  private async copyCleanedText(): Promise<void> {
    const model = this.diffView.postEditModel;
    if (!model) return;
    try {
      await copyText(model.getValue());
    } catch (error) {
      this.announcer.error(`Could not copy: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.announcer.say('Copied the cleaned text');
  }

  private onCloseRequest(): Promise<boolean> | boolean {
    if (!this.isDirty) {
      void this.autosave.flush();
      return true;
    }
    // The browser can only show its own prompt and cannot wait for ours.
    if (this.host.kind === 'browser') return false;
    return (async () => {
      const choice = await confirmDiscard(this.article?.name ?? 'The article');
      if (choice === 'cancel') return false;
      if (choice === 'save') await this.saveSession();
      else {
        // Leaving without saving: next start reopens the saved state, no restore offer.
        await this.autosave.flush({ unsaved: false, postEdit: this.savedPostEdit ?? this.article?.mtText ?? '', skipped: [] });
      }
      return true;
    })();
  }

  // ── Suggestions ───────────────────────────────────────────────────────────────────

  private reveal(change: Change, focusEditor: boolean): void {
    this.decorations.highlight(change);
    this.diffView.revealOffsets(change.start, change.end, focusEditor);
  }

  /** An issue from the QA list: if typed around since, found again in a fresh review. */
  private async revealIssue(issue: QaIssue, focusEditor: boolean): Promise<void> {
    let current: QaIssue | undefined = issue;
    if (!this.review.isFresh) {
      const model = this.diffView.postEditModel;
      await this.review.whenFresh();
      // Another article opened meanwhile: the issue was about the one that closed.
      if (this.diffView.postEditModel !== model) return;
      current = this.review.locate(issue);
    }
    if (current) this.diffView.revealOffsets(current.start, current.end, focusEditor);
    else this.announcer.say('That issue is no longer in the text');
  }

  private async applyOne(change: Change): Promise<void> {
    await this.store.whenFresh();
    const current = this.store.locate(change);
    if (!current) return;
    this.decorations.highlight(undefined);
    applySuggestions(this.diffView.modified, [current], 'glossa.apply');
  }

  private async applyAll(): Promise<void> {
    await this.store.whenFresh();
    const pending = this.store.state.pending;
    if (pending.length === 0) {
      this.announcer.say('No suggestions to apply');
      return;
    }
    this.decorations.highlight(undefined);
    applySuggestions(this.diffView.modified, pending, 'glossa.apply-all');
    this.announcer.say(`Applied ${pending.length} ${pending.length === 1 ? 'suggestion' : 'suggestions'} (Ctrl+Z undoes)`);
  }

  private cursorOffset(): number {
    const model = this.diffView.postEditModel;
    const position = this.diffView.modified.getPosition();
    return model && position ? model.getOffsetAt(position) : 0;
  }

  private async applyAtCursor(): Promise<void> {
    await this.store.whenFresh();
    const offset = this.cursorOffset();
    const change = this.store.state.pending.find((c) => c.start <= offset && offset <= c.end);
    if (change) applySuggestions(this.diffView.modified, [change], 'glossa.apply');
    else this.announcer.say('No suggestion at the cursor');
  }

  private stepSuggestion(direction: 1 | -1): void {
    const change = this.suggestionsPanel.step(direction, this.cursorOffset());
    if (change) this.reveal(change, true);
    else this.announcer.say('No suggestions');
  }

  private async addToGlossary(): Promise<void> {
    const term = await askForTerm(this.diffView.selectedText());
    if (!term) {
      this.diffView.focus();
      return;
    }
    const existing = this.glossaries.userGlossary;
    const bytes = appendTerm(existing?.bytes, term);
    try {
      await this.host.writeUserGlossary(bytes);
    } catch (error) {
      await showError('Cannot save to your glossary', error instanceof Error ? error.message : String(error));
      return;
    }
    if (existing) await this.glossaries.update(existing.key, bytes);
    else await this.glossaries.add({ name: USER_GLOSSARY_FILE, bytes });
    this.announcer.say(`Added “${term.source} → ${term.target}” to My corrections`);
    this.diffView.focus();
  }

  // ── View ──────────────────────────────────────────────────────────────────────────

  private setHideUnchanged(hide: boolean): void {
    this.diffView.setHideUnchanged(hide);
    this.toolbar.hideUnchanged.setAttribute('aria-pressed', String(hide));
  }

  private toggleUnchanged(): void {
    this.setHideUnchanged(!this.diffView.isHidingUnchanged);
    this.autosave.schedule();
  }

  /** F6 / Shift+F6: toolbar → post-edit → glossaries → suggestions → quality checks. */
  private cycleRegion(direction: 1 | -1): void {
    const regions: Array<() => boolean> = [
      () => focusFirst(this.toolbar.element.querySelector<HTMLElement>('[role="toolbar"] [tabindex="0"]')),
      () => {
        this.diffView.focus();
        return true;
      },
      () =>
        focusFirst(
          this.glossaryPanel.element.querySelector<HTMLElement>('.glossary-list input:not([disabled])') ??
            this.glossaryPanel.element.querySelector<HTMLElement>('button:not([disabled])'),
        ),
      () => {
        this.suggestionsPanel.focusList();
        return this.suggestionsPanel.list.contains(document.activeElement);
      },
      () => {
        this.qaPanel.focusList();
        return this.qaPanel.list.contains(document.activeElement);
      },
    ];
    const active = document.activeElement;
    const current = [
      this.toolbar.element,
      this.layout.editorArea,
      this.glossaryPanel.element,
      this.suggestionsPanel.element,
      this.qaPanel.element,
    ].findIndex((region) => region.contains(active));
    for (let step = 1; step <= regions.length; step++) {
      const index = (((current < 0 ? 0 : current) + direction * step) % regions.length + regions.length) % regions.length;
      if (regions[index]?.()) return;
    }
  }
}

function focusFirst(element: HTMLElement | null): boolean {
  if (!element) return false;
  element.focus();
  return true;
}

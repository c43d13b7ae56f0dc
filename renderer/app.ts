// Glossa's window, put together: this composition root creates the host-facing pieces,
// the engine workers, the editor, the stores, the panels and the controllers, wires them
// and maps every command id to the controller that carries it out. Each controller has
// one job:
//   work/work-controller.ts                 each article's work: show, autosave, .glossa
//   files/files-controller.ts               Open, Open recent, drag and drop, Load glossary
//   export/export-controller.ts             Export formats, Copy cleaned text
//   suggestions/suggestions-controller.ts   apply, skip, step, Add to glossary
//   review/review-view.ts                   QA marks, quality checks panel, language figures
//   review/edit-figures.ts                  changed words, TER edits, HTER (own worker)
//   ui/area-focus.ts                        F6 between the window's areas
//   source/source-controller.ts             the article's source: open, find, drop, close
//   source/pane-alignment.ts                three aligned panes, scroll sync, current ¶
//   spell/spell-controller.ts               spell-check as you type (own worker)
//
// Where new things plug in:
//   a menu command or shortcut  shared/commands.ts, then its handler in `commands` below
//   a pane or panel (tab)       create it here, append it to the layout, `areas.add(...)`
//   per-article state           a WorkPart (work.registerPart): saved and restored with
//                               the article's work; its fields in shared/work.ts and
//                               schemas/glossa.schema.json (a test compares the two)
//   a QA check id               core/qa, and its label in review/qa-issues.ts
import { CommandBus, type CommandId } from './commands';
import { DiffView } from './editor/diff-view';
import { alignPaneHeaders } from './editor/pane-headers';
import { QaDecorations } from './editor/qa-decorations';
import { SuggestionDecorations } from './editor/suggestion-decorations';
import { EditMeterClient } from './engine/edit-meter-client';
import { EngineClient } from './engine/engine-client';
import { showHelp } from './dialogs/help-dialog';
import { isModalOpen } from './dialogs/modal';
import { ExportController } from './export/export-controller';
import { installDropTarget } from './files/drop-target';
import { DEFAULT_EXPORT_FORMAT } from './files/export-formats';
import { FilesController } from './files/files-controller';
import { GlossaryList } from './glossaries/glossary-list';
import type { Host } from './host/host';
import { installShortcuts } from './keyboard';
import { createLayout } from './layout';
import { ChangeNavigator } from './navigation/change-navigator';
import { goTo } from './navigation/go-to';
import { installTabKeys } from './navigation/tab-keys';
import { ParagraphConfirmations } from './paragraphs/paragraph-confirmations';
import { EffortTracking } from './effort/effort-tracking';
import { focusFollowsText } from './navigation/focus-policy';
import { GlossaryPanel } from './panels/glossary-panel';
import { QaPanel } from './panels/qa-panel';
import { SuggestionsPanel } from './panels/suggestions-panel';
import { EditFiguresStore } from './review/edit-figures';
import { ReviewStore } from './review/review-store';
import { ReviewView } from './review/review-view';
import { SuggestionStore } from './suggestions/suggestion-store';
import { SuggestionsController } from './suggestions/suggestions-controller';
import { Announcer } from './ui/announcer';
import { AreaFocus, focusElement } from './ui/area-focus';
import { StatusBar } from './ui/status-bar';
import { createToolbar } from './ui/toolbar';
import { WorkController } from './work/work-controller';
import { chooseSample } from './dialogs/samples-dialog';
import { SAMPLES } from './host/bundled-sample';
import type { ReviewContext } from './review/review-store';
import { MtPane } from './source/mt-pane';
import { PaneAlignment } from './source/pane-alignment';
import { openSample } from './source/samples';
import { SourceController } from './source/source-controller';
import { SourcePane } from './source/source-pane';
import { SpellController } from './spell/spell-controller';
// Issue 13 (glossary manager, one list component, side sections, ignored issues, edit offers).
import { GlossaryEditing, NEW_USER_GLOSSARY } from './glossary-manager/glossary-editing';
import { GlossaryFiles } from './glossary-manager/glossary-files';
import { ManagerClient } from './glossary-manager/manager-client';
import { GlossaryManager } from './glossary-manager/manager-dialog';
import type { IgnoredIssueKey } from '../core/work/ignored-issues';
import { IgnoredIssues } from './review/ignored-issues';
import { contextOf } from './suggestions/context-of';
import { EditOffers } from './suggestions/edit-offers';
import { keepingFocus } from './ui/keep-focus';
import { SideSections } from './ui/side-sections';

export class GlossaApp {
  private readonly work: WorkController;
  private readonly files: FilesController;
  private readonly exports: ExportController;
  private readonly suggestions: SuggestionsController;
  private readonly reviewView: ReviewView;
  private readonly source: SourceController;
  private readonly spelling: SpellController;

  constructor(root: HTMLElement, host: Host) {
    const engine = new EngineClient();
    const bus = new CommandBus();
    const announcer = new Announcer();
    const statusBar = new StatusBar();
    const areas = new AreaFocus();

    // Views first; what they call is a controller created below (closures run later).
    const toolbar = createToolbar(bus, {
      recentArticles: () => host.recentArticles(),
      openRecent: (path) => void this.files.openRecent(path),
      exportAs: (format) => void this.exports.exportAs(format),
      exportFormats: () => this.exports.formats(),
    });
    const layout = createLayout(root, toolbar.element, statusBar.element, announcer.element);
    const diffView = new DiffView(layout.diffHost);
    alignPaneHeaders(layout, diffView);
    const glossaries = new GlossaryList(engine, () => this.work.language?.iso6391);
    const suggestionStore = new SuggestionStore(engine);
    // QA leaves out the hits the editor skipped and the text its replacements wrote.
    const review: ReviewStore = new ReviewStore(
      engine,
      () => ({ skipped: suggestionStore.skippedChanges(), applied: suggestionStore.applied.spans() }),
      () => this.reviewContext(),
      // Issues the editor ignored and repeated-edit offers dismissed stay out of the review.
      (): { ignored: IgnoredIssueKey[]; dismissedOffers: Array<{ from: string; to: string }> } => ({ ignored: ignoredIssues.all, dismissedOffers: editOffers.all }),
    );
    const editMeter = new EditMeterClient();
    const editFigures = new EditFiguresStore(editMeter);
    // The workers keep their own copy of the post-edit, sent once and then by its edits.
    diffView.onDidSetModel((model) => {
      engine.follow(model, diffView.mtText);
      editMeter.follow(model, diffView.mtText);
    });
    const glossaryPanel = new GlossaryPanel({
      setEnabled: (key, enabled) => void glossaries.setEnabled(key, enabled),
      move: (key, delta) => void glossaries.move(key, delta),
      remove: (key) => void glossaries.remove(key),
      load: () => bus.run('load-glossary', 'toolbar'),
      manage: () => bus.run('glossary-manager', 'toolbar'),
    });
    const suggestionsPanel = new SuggestionsPanel({
      apply: (change) => void this.suggestions.applyOne(change),
      skip: (change) => this.suggestions.skip(change),
      reveal: (change, focus) => this.suggestions.reveal(change, focus),
      resetSkipped: () => this.suggestions.resetSkipped(),
      lineOf: (change) => diffView.postEditModel?.getPositionAt(change.start).lineNumber ?? 0,
      contextOf: (change) => contextOf(diffView.postEditModel, change),
    });
    const qaPanel = new QaPanel({
      reveal: (issue, focus) => void this.reviewView.revealIssue(issue, focus),
      lineOf: (offset) => diffView.postEditModel?.getPositionAt(offset).lineNumber ?? 0,
      showSuggestions: () => suggestionsPanel.focusList(),
      ignore: (issue) => void this.reviewView.ignoreIssue(issue),
      restoreIgnored: () => this.reviewView.restoreIgnored(),
    });
    // Collapsible, resizable sections; the suggestions (else the checks) fill the height.
    new SideSections(
      layout.sidePanel,
      [glossaryPanel.section, suggestionsPanel.section, qaPanel.section],
      [suggestionsPanel.section, qaPanel.section],
    );
    // The source pane left of the diff (shown while the article has a source), and Hide MT.
    const sourcePane = new SourcePane(layout, diffView, { close: () => this.source.close() });
    const paneAlignment = new PaneAlignment(sourcePane, diffView);
    const mtPane = new MtPane(layout, diffView);

    this.work = new WorkController({ host, engine, diffView, glossaries, suggestions: suggestionStore, review, layout, toolbar, statusBar, announcer });
    this.source = new SourceController({ host, engine, work: this.work, review, pane: sourcePane, alignment: paneAlignment, announcer });
    this.spelling = new SpellController({ host, engine, work: this.work, diffView, glossaries, source: this.source, review, announcer });
    this.files = new FilesController({ host, work: this.work, glossaries, announcer, roleOfDrop: (file) => this.source.roleOfDrop(file) });
    const ignoredIssues: IgnoredIssues = new IgnoredIssues({
      text: () => diffView.postEditModel?.getValue() ?? '',
      findings: () => review.state.findings,
      refresh: () => review.refresh(),
      changed: () => this.work.markChanged(),
    });
    this.work.registerPart(ignoredIssues);
    this.suggestions = new SuggestionsController({
      host,
      store: suggestionStore,
      glossaries,
      diffView,
      decorations: new SuggestionDecorations(diffView.modified),
      panel: suggestionsPanel,
      statusBar,
      applyAllButton: toolbar.applyAll,
      announcer,
      onDecided: () => review.refresh(),
    });
    const focusEditor = () => focusFollowsText(layout.sidePanel);
    const changes = new ChangeNavigator({ diffView, meter: editMeter, announcer, focusEditor });
    const confirmations = new ParagraphConfirmations({
      editor: diffView.modified,
      announcer,
      onChange: () => this.work.markChanged(),
      showCount: (count) => statusBar.setConfirmed(count),
    });
    const effort = new EffortTracking({ editor: diffView.modified, meter: editMeter, onChange: () => this.work.markChanged({ isWork: false }) });
    this.work.registerPart(confirmations);
    this.work.registerPart(effort);
    this.exports = new ExportController({
      host,
      engine,
      work: this.work,
      announcer,
      effort: () => effort.snapshot(),
      confirmedParagraphs: () => confirmations.confirmedIndices(),
      context: () => this.reviewContext(),
      ignoredIssues: () => ignoredIssues.all,
    });
    this.reviewView = new ReviewView({
      review,
      diffView,
      decorations: new QaDecorations(diffView.modified),
      panel: qaPanel,
      statusBar,
      announcer,
      ignored: ignoredIssues,
      revealSource: (issue) => issue.sourceSpan && paneAlignment.revealSource(issue.sourceSpan.start, issue.sourceSpan.end),
    });

    // The glossary manager: documents, undo and write-back; edits go through the list.
    const glossaryFiles = new GlossaryFiles(host, glossaries);
    const managerClient = new ManagerClient();
    const glossaryEditing = new GlossaryEditing(managerClient, glossaries, glossaryFiles, () => this.work.language?.iso6391);
    const glossaryManager = new GlossaryManager({
      client: managerClient,
      editing: glossaryEditing,
      files: glossaryFiles,
      glossaries,
      postEdit: () => diffView.postEditModel?.getValue() ?? '',
      reveal: (start, end) => diffView.revealOffsets(start, end, true),
      announcer,
    });
    const editOffers = new EditOffers({
      review,
      diffView,
      announcer,
      host: suggestionsPanel.offersHost,
      changedLayout: () => suggestionsPanel.offersChanged(),
      addToGlossary: async (from, to) => {
        const user = (await glossaryEditing.managed()).find((glossary) => glossary.isUser || glossary.key === NEW_USER_GLOSSARY);
        if (!user) return false;
        try {
          await glossaryEditing.apply(user, { type: 'add', entry: { source: from, target: to } }, `Added “${from} → ${to}”`);
          return true;
        } catch (error) {
          announcer.error(`Not added: ${error instanceof Error ? error.message : String(error)}`);
          return false;
        }
      },
      changed: () => this.work.markChanged(),
      focusFallback: () => suggestionsPanel.focusList(),
    });
    this.work.registerPart(editOffers);

    glossaries.onChange(() => {
      glossaryPanel.render(glossaries.all);
      review.refresh();
    });
    this.work.onDidOpen((_article, model) => editFigures.attach(model));
    editFigures.onChange((figures, version) => statusBar.setEditFigures(figures, version));
    diffView.modified.onDidChangeCursorPosition((event) => statusBar.setCursor(event.position.lineNumber, event.position.column));
    installTabKeys(diffView.modified);
    // The same commands from the post-edit's right-click menu, where the text is.
    diffView.addContextAction('apply-suggestion', 'Apply Suggestion Here', () => bus.run('apply-suggestion', 'menu'));
    diffView.addContextAction('add-to-glossary', 'Add to My Glossary…', () => bus.run('add-to-glossary', 'menu'));
    const showMtState = (hidden: boolean) => {
      toolbar.hideMt.setAttribute('aria-pressed', String(hidden));
      sourcePane.setMtHidden(hidden);
    };
    showMtState(mtPane.isHidden);
    mtPane.onDidChange((hidden) => {
      showMtState(hidden);
      announcer.say(hidden ? 'Machine translation pane hidden' : 'Machine translation pane shown');
    });
    const showSamples = async () => {
      const sample = await chooseSample(SAMPLES);
      if (sample) await openSample(sample, { glossaries, work: this.work });
    };

    // F6 order: toolbar → post-edit → glossaries → suggestions → quality checks.
    areas.add({ element: toolbar.element, focus: () => focusElement(toolbar.element.querySelector<HTMLElement>('[role="toolbar"] [tabindex="0"]')) });
    areas.add({ element: layout.editorArea, focus: () => (diffView.focus(), true) });
    // A collapsed section takes the focus on its header (Enter opens it).
    areas.add({
      element: glossaryPanel.element,
      focus: () =>
        focusElement(
          glossaryPanel.section.isCollapsed
            ? glossaryPanel.section.toggle
            : (glossaryPanel.element.querySelector<HTMLElement>('.glossary-list input:not([disabled])') ??
                glossaryPanel.element.querySelector<HTMLElement>('button:not([disabled])')),
        ),
    });
    areas.add({
      element: suggestionsPanel.element,
      focus: () =>
        suggestionsPanel.section.isCollapsed
          ? focusElement(suggestionsPanel.section.toggle)
          : (suggestionsPanel.focusList(), suggestionsPanel.list.contains(document.activeElement)),
    });
    areas.add({
      element: qaPanel.element,
      focus: () => (qaPanel.section.isCollapsed ? focusElement(qaPanel.section.toggle) : (qaPanel.focusList(), qaPanel.list.contains(document.activeElement))),
    });

    const commands: Record<CommandId, () => unknown> = {
      'open-article': () => this.files.openArticle(),
      'load-glossary': () => this.files.loadGlossaries(),
      'reopen-with-encoding': () => this.work.reopenWithEncoding(),
      'save-work': () => this.work.save(),
      export: () => this.exports.exportAs(DEFAULT_EXPORT_FORMAT),
      'copy-cleaned-text': () => this.exports.copyCleanedText(),
      'apply-all': () => this.suggestions.applyAll(),
      'apply-suggestion': () => this.suggestions.applyAtCursor(),
      'next-suggestion': () => this.suggestions.step(1, focusEditor()),
      'previous-suggestion': () => this.suggestions.step(-1, focusEditor()),
      'go-to': () => goTo(diffView),
      'confirm-paragraph': () => confirmations.confirmAtCursor(focusEditor()),
      'next-change': () => changes.go('next'),
      'previous-change': () => changes.go('previous'),
      'toggle-unchanged': () => this.work.toggleUnchanged(),
      'add-to-glossary': () => this.suggestions.addToGlossary(),
      'show-help': async () => showHelp(await host.workLocation().catch(() => undefined), () => void showSamples()),
      // From a list, the list keeps the focus (the next Delete must not delete text).
      undo: () => keepingFocus(() => diffView.modified.trigger('glossa', 'undo', null)),
      redo: () => keepingFocus(() => diffView.modified.trigger('glossa', 'redo', null)),
      'glossary-manager': () => glossaryManager.open(),
      'next-region': () => areas.cycle(1),
      'previous-region': () => areas.cycle(-1),
      'open-source': () => this.source.open(),
      'close-source': () => this.source.close(),
      'toggle-mt-pane': () => mtPane.toggle(),
      'show-samples': () => showSamples(),
      'spelling-suggestions': () => this.spelling.showSuggestionsAtCursor(),
    };
    for (const [id, handler] of Object.entries(commands)) bus.register(id as CommandId, handler);

    installShortcuts(bus, isModalOpen);
    installDropTarget(root, (dropped) => void this.files.onDrop(dropped), isModalOpen);
    host.onMenuCommand((command) => bus.run(command, 'menu'));
    host.onOpenRecent?.((path) => void this.files.openRecent(path));

    statusBar.setLanguage(undefined);
    statusBar.setWords(0);
    statusBar.setEditFigures(undefined, -1);
    statusBar.setSuggestions(0);
    statusBar.setCursor(1, 1);
    statusBar.setSaveState('saved');
    glossaryPanel.render([]);
    void toolbar.refreshRecent();
  }

  /** What reviews and exports check against besides the MT: the source, the dictionary. */
  private reviewContext(): ReviewContext {
    const source = this.source.request;
    const spelling = this.spelling.request;
    return { ...(source ? { source } : {}), ...(spelling ? { spelling } : {}) };
  }

  /** First start: the bundled sample. Later: the last article's work. */
  start(): Promise<void> {
    return this.work.start();
  }
}

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

export class GlossaApp {
  private readonly work: WorkController;
  private readonly files: FilesController;
  private readonly exports: ExportController;
  private readonly suggestions: SuggestionsController;
  private readonly reviewView: ReviewView;

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
    const review = new ReviewStore(engine, () => ({ skipped: suggestionStore.skippedChanges(), applied: suggestionStore.applied.spans() }));
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
    });
    const suggestionsPanel = new SuggestionsPanel({
      apply: (change) => void this.suggestions.applyOne(change),
      skip: (change) => this.suggestions.skip(change),
      reveal: (change, focus) => this.suggestions.reveal(change, focus),
      resetSkipped: () => this.suggestions.resetSkipped(),
      lineOf: (change) => diffView.postEditModel?.getPositionAt(change.start).lineNumber ?? 0,
    });
    const qaPanel = new QaPanel({
      reveal: (issue, focus) => void this.reviewView.revealIssue(issue, focus),
      lineOf: (offset) => diffView.postEditModel?.getPositionAt(offset).lineNumber ?? 0,
      showSuggestions: () => suggestionsPanel.focusList(),
    });
    layout.sidePanel.append(glossaryPanel.element, suggestionsPanel.element, qaPanel.element);

    this.work = new WorkController({ host, engine, diffView, glossaries, suggestions: suggestionStore, review, layout, toolbar, statusBar, announcer });
    this.files = new FilesController({ host, work: this.work, glossaries, announcer });

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
    });
    this.reviewView = new ReviewView({ review, diffView, decorations: new QaDecorations(diffView.modified), panel: qaPanel, statusBar, announcer });

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

    // F6 order: toolbar → post-edit → glossaries → suggestions → quality checks.
    areas.add({ element: toolbar.element, focus: () => focusElement(toolbar.element.querySelector<HTMLElement>('[role="toolbar"] [tabindex="0"]')) });
    areas.add({ element: layout.editorArea, focus: () => (diffView.focus(), true) });
    areas.add({
      element: glossaryPanel.element,
      focus: () =>
        focusElement(
          glossaryPanel.element.querySelector<HTMLElement>('.glossary-list input:not([disabled])') ??
            glossaryPanel.element.querySelector<HTMLElement>('button:not([disabled])'),
        ),
    });
    areas.add({ element: suggestionsPanel.element, focus: () => (suggestionsPanel.focusList(), suggestionsPanel.list.contains(document.activeElement)) });
    areas.add({ element: qaPanel.element, focus: () => (qaPanel.focusList(), qaPanel.list.contains(document.activeElement)) });

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
      'show-help': async () => showHelp(await host.workLocation().catch(() => undefined)),
      undo: () => diffView.modified.trigger('glossa', 'undo', null),
      redo: () => diffView.modified.trigger('glossa', 'redo', null),
      'next-region': () => areas.cycle(1),
      'previous-region': () => areas.cycle(-1),
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

  /** First start: the bundled sample. Later: the last article's work. */
  start(): Promise<void> {
    return this.work.start();
  }
}

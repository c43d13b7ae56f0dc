// Spell-check of the post-edit, as the editor types. The dictionary is the one for the
// article's language (detected on its MT: the language the post-edit is written in),
// loaded in the spell worker; misspellings are underlined (spell-marks.ts) and offered
// from the right-click menu or Ctrl+. (spell-menu.ts): the dictionary's suggestions, "Add
// to dictionary" (the user's words, per language, kept by the host: a file in the user
// data folder in Electron, IndexedDB in the browser) and "Ignore in this article" (kept in
// the article's work: ArticleWork.spellingIgnored). Words of the glossaries (sources and
// targets) and of the source text are never flagged. QA's `spelling` warnings come from
// the review, which loads the same dictionary in the reviewing worker (ReviewContext).
//
// Per keystroke: the change's line numbers are noted and a short timer restarted. When
// the keys pause, the paragraphs typed in (only those) go to the worker, and their marks
// are replaced when it answers.
import { spellLanguageOfCode, type SpellLanguage } from '../../core/spell/language-list';
import type { DiffView } from '../editor/diff-view';
import { escapeMarkdown } from '../editor/suggestion-decorations';
import { monaco } from '../editor/monaco';
import type { EngineClient } from '../engine/engine-client';
import type { SpellingRequest } from '../engine/protocol';
import type { GlossaryList } from '../glossaries/glossary-list';
import type { Host } from '../host/host';
import { shortcutLabel } from '../keyboard';
import type { ReviewStore } from '../review/review-store';
import type { SourceController } from '../source/source-controller';
import type { Announcer } from '../ui/announcer';
import { languageName } from '../ui/language-name';
import type { WorkController } from '../work/work-controller';
import { dictionaryUrls } from './dictionaries';
import { SpellClient } from './spell-client';
import { SpellMarks, type SpellMark } from './spell-marks';
import { SpellMenu, type SpellMenuItem } from './spell-menu';

/** The paragraphs typed in are checked this long after the last key. */
export const SPELL_RECHECK_DELAY_MS = 120;

export interface SpellControllerDeps {
  host: Host;
  engine: EngineClient;
  work: WorkController;
  diffView: DiffView;
  glossaries: GlossaryList;
  source: SourceController;
  review: ReviewStore;
  announcer: Announcer;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class SpellController {
  private client: SpellClient | undefined;
  /** The dictionary the worker holds (or is loading), and whether it loaded. */
  private language: SpellLanguage | undefined;
  private loaded: Promise<boolean> = Promise.resolve(false);
  /** The spell worker has the dictionary: the review may ask for its own copy now
   *  (asking earlier would hold the first review up by a dictionary load). */
  private ready = false;
  private userWords: string[] = [];
  /** "Ignore in this article", lower-case, as saved in the article's work. */
  private ignored: string[] = [];
  private readonly marks: SpellMarks;
  private readonly menu = new SpellMenu();
  private dirtyLines = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private contextTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: SpellControllerDeps) {
    const { work, diffView, glossaries, source } = deps;
    this.marks = new SpellMarks(
      async (text) => (await this.worker().call('check', { text })).misspellings,
      (word) => `**Spelling**: "${escapeMarkdown(word)}" is not in the ${this.language ? languageName({ language: this.language, iso6391: this.language }) : ''} dictionary. ${escapeMarkdown(this.keyHint())}`,
    );
    work.registerPart({
      capture: () => (this.ignored.length > 0 ? { spellingIgnored: [...this.ignored] } : {}),
      restore: (saved) => {
        this.ignored = [...new Set((saved.spellingIgnored ?? []).map((word) => word.toLowerCase()))];
      },
    });
    diffView.onDidSetModel((model) => {
      this.menu.close(false);
      this.marks.attach(model);
      this.dirtyLines.clear();
      model.onDidChangeContent((event) => this.onEdit(event));
    });
    work.onDidDetectLanguage((detected) => void this.useLanguage(spellLanguageOfCode(detected.iso6391)));
    glossaries.onChange(() => this.scheduleContext());
    source.onChange(() => this.scheduleContext());
    this.installContextMenu();
  }

  /** What the review's `spelling` check needs (undefined: no dictionary for the article). */
  get request(): SpellingRequest | undefined {
    const language = this.language;
    if (!language || !this.ready) return undefined;
    return { dictionary: { language, ...dictionaryUrls(language) }, userWords: [...this.userWords], ignoredWords: [...this.ignored] };
  }

  /** The marks shown (for tests and the bench through the page). */
  misspellings(): SpellMark[] {
    return this.marks.all();
  }

  /** Ctrl+.: the spelling menu of the word at the cursor. */
  async showSuggestionsAtCursor(): Promise<void> {
    const editor = this.deps.diffView.modified;
    const position = editor.getPosition();
    const mark = position ? this.marks.markAt(position) : undefined;
    if (!mark) {
      this.deps.announcer.say(this.language ? 'No misspelt word at the cursor' : 'Spell-check is off: no dictionary for this article’s language');
      return;
    }
    const visible = editor.getScrolledVisiblePosition(mark.range.getStartPosition());
    const box = editor.getDomNode()?.getBoundingClientRect();
    const at = visible && box ? { x: box.left + visible.left, y: box.top + visible.top + visible.height + 2 } : { x: 40, y: 40 };
    await this.openMenu(mark, at);
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────

  private worker(): SpellClient {
    this.client ??= new SpellClient();
    return this.client;
  }

  private keyHint(): string {
    return `${shortcutLabel('spelling-suggestions')} or right-click for suggestions.`;
  }

  private async useLanguage(language: SpellLanguage | undefined): Promise<void> {
    const { host, announcer, review } = this.deps;
    if (language !== this.language) {
      this.language = language;
      this.ready = false;
      this.marks.clear();
      if (!language) {
        this.loaded = Promise.resolve(false);
        return;
      }
      this.loaded = (async () => {
        try {
          this.userWords = await host.readUserWords(language).catch(() => []);
          await this.worker().call('load', { dictionary: { language, ...dictionaryUrls(language) }, userWords: this.userWords });
          if (this.language !== language) return false;
          this.ready = true;
          // The review checks spelling from now on.
          review.refresh();
          return true;
        } catch (error) {
          announcer.error(`Spell-check is off: ${messageOf(error)}`);
          return false;
        }
      })();
    }
    if (!language) return;
    await this.pushContext();
  }

  private scheduleContext(): void {
    clearTimeout(this.contextTimer);
    this.contextTimer = setTimeout(() => void this.pushContext(), 50);
  }

  /** Glossary words, the source's words and the ignored ones to the worker; then every
   *  paragraph is checked again (what may be flagged changed). */
  private async pushContext(): Promise<void> {
    if (!this.language || !(await this.loaded)) return;
    const { words } = await this.deps.engine.call('glossary-words', {});
    const sourceText = this.deps.source.text;
    await this.worker().call('context', { protectedWords: words, ...(sourceText !== undefined ? { sourceText } : {}), ignoredWords: this.ignored });
    await this.marks.checkAll();
  }

  private onEdit(event: monaco.editor.IModelContentChangedEvent): void {
    if (!this.language) return;
    this.menu.close(false);
    for (const change of event.changes) {
      const lines = change.text.split(/\r\n|\r|\n/).length;
      for (let line = change.range.startLineNumber; line < change.range.startLineNumber + lines; line++) this.dirtyLines.add(line);
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.recheck(), SPELL_RECHECK_DELAY_MS);
  }

  private async recheck(): Promise<void> {
    const lines = this.dirtyLines;
    this.dirtyLines = new Set();
    if (await this.loaded) this.marks.checkAround(lines);
  }

  private async openMenu(mark: SpellMark, at: { x: number; y: number }): Promise<void> {
    const editor = this.deps.diffView.modified;
    let suggestions: string[] = [];
    try {
      suggestions = (await this.worker().call('suggest', { word: mark.word })).suggestions;
    } catch (error) {
      this.deps.announcer.error(`No suggestions: ${messageOf(error)}`);
    }
    const items: SpellMenuItem[] = [
      ...suggestions.map((suggestion): SpellMenuItem => ({ label: suggestion, kind: 'suggestion', run: () => this.replace(mark, suggestion) })),
      { label: `Add “${mark.word}” to dictionary`, kind: 'action', run: () => void this.addToDictionary(mark.word) },
      { label: `Ignore “${mark.word}” in this article`, kind: 'action', run: () => void this.ignore(mark.word) },
    ];
    this.menu.open(mark.word, items, at, () => editor.focus());
  }

  /** A suggestion replaces the word: one undo step. */
  private replace(mark: SpellMark, suggestion: string): void {
    const editor = this.deps.diffView.modified;
    const model = editor.getModel();
    const current = this.marks.markAt(mark.range.getStartPosition());
    if (!model || !current || current.word !== mark.word) {
      this.deps.announcer.say(`"${mark.word}" has changed since; nothing replaced`);
      editor.focus();
      return;
    }
    editor.pushUndoStop();
    editor.executeEdits('glossa-spelling', [{ range: current.range, text: suggestion, forceMoveMarkers: true }]);
    editor.pushUndoStop();
    editor.focus();
    this.deps.announcer.say(`Replaced "${mark.word}" with "${suggestion}"`);
  }

  private async addToDictionary(word: string): Promise<void> {
    const { host, announcer, review, diffView } = this.deps;
    const language = this.language;
    diffView.modified.focus();
    if (!language) return;
    if (!this.userWords.includes(word)) this.userWords = [...this.userWords, word];
    try {
      await host.writeUserWords(language, this.userWords);
    } catch (error) {
      announcer.error(`Could not save “${word}” to your dictionary: ${messageOf(error)}`);
    }
    await this.worker().call('add-word', { word });
    this.marks.checkAround(this.marks.linesWith(word));
    review.refresh();
    announcer.say(`Added “${word}” to your ${languageName({ language, iso6391: language })} dictionary`);
  }

  private async ignore(word: string): Promise<void> {
    const { work, review, diffView, announcer } = this.deps;
    diffView.modified.focus();
    const lower = word.toLowerCase();
    if (!this.ignored.includes(lower)) this.ignored = [...this.ignored, lower];
    work.markChanged();
    await this.worker().call('ignore-word', { word });
    this.marks.checkAround(this.marks.linesWith(word));
    review.refresh();
    announcer.say(`Ignoring “${word}” in this article`);
  }

  /** Right-click on a misspelt word: the spelling menu instead of the editor's own. */
  private installContextMenu(): void {
    const editor = this.deps.diffView.modified;
    // The container outlives each article's view (getDomNode is the view's, made per model).
    editor.getContainerDomNode().addEventListener('contextmenu', (event) => {
      const target = editor.getTargetAtClientPoint(event.clientX, event.clientY);
      const position = target?.position;
      const mark = position && target.type === monaco.editor.MouseTargetType.CONTENT_TEXT ? this.marks.markAt(position) : undefined;
      if (!mark || !position) return;
      event.preventDefault();
      event.stopPropagation();
      editor.setPosition(position);
      void this.openMenu(mark, { x: event.clientX, y: event.clientY });
    }, { capture: true });
  }
}

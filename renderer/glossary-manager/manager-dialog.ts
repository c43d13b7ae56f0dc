// The glossary manager (Ctrl+Shift+G, or "Entries" in the glossaries panel): every entry
// of every loaded glossary in one list, filtered as you type, with the selected entry's
// fields beside it (edit, add, delete), where its edits go, its hits in the article, and
// the glossaries' problems (conflicting targets, repeated entries, entries that never
// match, rules that change nothing, rule cycles) with their lines.
//
// Keys: ↓ from the search box goes to the list; in the list ↑/↓/PageUp/PageDown/Home/
// End move (the entry is shown beside it), Enter or F2 edits it, Delete deletes it,
// Insert adds one after it; in the fields Enter saves and Escape gives up the change;
// Ctrl+Z / Ctrl+Y undo and redo the last glossary edit (outside a text field); Escape
// closes. Each edit is one undo step, is written back at once where the file can be
// (glossary-files.ts says where), and re-runs the suggestions.
import '../styles/glossary-manager.css';
import type { GlossaryEdit } from '../../core/glossary/edit-document';
import type { ContextSnippet } from '../../core/text/context-snippet';
import { holdModal } from '../dialogs/modal';
import type { GlossaryList } from '../glossaries/glossary-list';
import type { Announcer } from '../ui/announcer';
import { h, icon, ICONS } from '../ui/dom';
import { KeyboardList, type ListRowView } from '../ui/list/keyboard-list';
import { entryCount, searchEntries, type EntryRow } from './entry-search';
import type { GlossaryFiles } from './glossary-files';
import { EntryEditError, type GlossaryEditing, type ManagedGlossary } from './glossary-editing';
import type { ManagerClient } from './manager-client';
import type { EntryView, ProblemView } from './manager-protocol';

/** Height of one entry row (px): the list renders only the rows in view. */
export const ENTRY_ROW_HEIGHT = 32;
/** Hits listed for one entry (the count says how many there are). */
const MAX_HITS = 200;

export interface GlossaryManagerDeps {
  client: ManagerClient;
  editing: GlossaryEditing;
  files: GlossaryFiles;
  glossaries: GlossaryList;
  /** The post-edit as it stands (hits are found in it). */
  postEdit(): string;
  /** Go to a hit in the post-edit (the manager has closed). */
  reveal(start: number, end: number): void;
  announcer: Announcer;
}

type Row = EntryRow<ManagedGlossary>;

interface Hit {
  start: number;
  end: number;
  snippet: ContextSnippet;
}

type ProblemRow = ProblemView;

const PROBLEM_LABELS: Record<ProblemRow['kind'], string> = {
  'conflicting-targets': 'Different targets',
  'repeated-entry': 'Repeated',
  'never-matches': 'Never matches',
  cycle: 'Cycle',
};

function entryOf(row: Row): EntryView {
  return row.glossary.document!.entries[row.index]!;
}

function idOf(row: Row): number {
  return entryOf(row).id;
}

function flagsOf(entry: EntryView): string[] {
  const flags: string[] = [];
  if (entry.forbidden) flags.push('forbidden');
  if (entry.caseSensitive === true) flags.push('case-sensitive');
  if (entry.target === undefined && !entry.forbidden) flags.push('flag only');
  if (entry.status) flags.push(entry.status);
  return flags;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isTextField(element: Element | null): boolean {
  return element instanceof HTMLInputElement ? !['checkbox', 'radio', 'button'].includes(element.type) : element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

export class GlossaryManager {
  private dialog: HTMLDialogElement | undefined;

  constructor(private readonly deps: GlossaryManagerDeps) {}

  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the manager (focus in its search box); resolves when it closes. */
  open(): Promise<void> {
    if (this.dialog) {
      this.dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
      return Promise.resolve();
    }
    const view = new ManagerView(this.deps);
    this.dialog = view.dialog;
    return view.show().finally(() => {
      this.dialog = undefined;
    });
  }
}

/** One opening of the manager: its elements and state. */
class ManagerView {
  readonly dialog: HTMLDialogElement;
  private managed: ManagedGlossary[] = [];
  private readonly search: HTMLInputElement;
  private readonly glossaryFilter: HTMLSelectElement;
  private readonly count: HTMLElement;
  private readonly entries: KeyboardList<Row>;
  private readonly noMatch: HTMLElement;
  private readonly undoButton: HTMLButtonElement;
  private readonly redoButton: HTMLButtonElement;
  private readonly detail: EntryDetail;
  private readonly hits: KeyboardList<Hit>;
  private readonly hitsHeading: HTMLElement;
  private readonly problems: KeyboardList<ProblemRow>;
  private readonly problemsHeading: HTMLElement;
  private hitsTimer: ReturnType<typeof setTimeout> | undefined;
  /** The entry selected (glossary key and entry id), kept through searches and edits. */
  private selected: { key: string; id: number } | undefined;
  private busy = false;
  /** What to do once closed instead of giving the focus back (going to a hit). */
  private afterClose: (() => void) | undefined;

  constructor(private readonly deps: GlossaryManagerDeps) {
    this.search = h('input', {
      type: 'search',
      id: 'glossary-manager-search',
      placeholder: 'Source, target or note',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-controls': 'glossary-manager-entries',
      'aria-keyshortcuts': 'ArrowDown',
    });
    this.search.addEventListener('input', () => this.refilter());
    this.search.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && this.entries.size > 0) {
        event.preventDefault();
        this.entries.focus(0);
        this.showSelected(0);
      }
    });
    this.glossaryFilter = h('select', { id: 'glossary-manager-glossary' });
    this.glossaryFilter.addEventListener('change', () => this.refilter());
    this.count = h('p', { class: 'gm-count', role: 'status' });
    const button = (label: string, iconPath: string | undefined, run: () => void, attributes: Record<string, string> = {}) => {
      const element = h('button', { type: 'button', class: 'button button-small', ...attributes }, iconPath ? icon(iconPath, 14) : null, label);
      element.addEventListener('click', run);
      return element;
    };
    const addButton = button('Add entry', ICONS.addTerm, () => this.startNewEntry(), { 'aria-keyshortcuts': 'Insert', title: 'Add an entry (Insert in the list)' });
    this.undoButton = button('Undo', undefined, () => void this.undo(), { 'aria-keyshortcuts': 'Control+Z' });
    this.redoButton = button('Redo', undefined, () => void this.redo(), { 'aria-keyshortcuts': 'Control+Y' });

    this.entries = new KeyboardList<Row>({
      label: 'Glossary entries',
      className: 'gm-entries',
      keysHint: 'Enter or F2 edits the entry, Delete deletes it, Insert adds one after it.',
      virtualRowHeight: ENTRY_ROW_HEIGHT,
      createRow: () => this.createEntryRow(),
      same: (a, b) => a.glossary === b.glossary && a.index === b.index && a.glossary.document === b.glossary.document,
      actions: {
        edit: (row) => this.detail.focusFirstField(row.glossary),
        delete: (row) => void this.deleteEntry(row),
        insert: () => this.startNewEntry(),
      },
      keys: { Enter: 'edit', F2: 'edit', Delete: 'delete', Insert: 'insert' },
      onMove: (_row, index) => this.showSelected(index),
      onClick: (_row, index) => this.showSelected(index),
    });
    this.entries.element.id = 'glossary-manager-entries';
    this.noMatch = h('p', { class: 'gm-no-match', hidden: true });

    this.detail = new EntryDetail({
      save: (glossary, fields, id) => this.saveEntry(glossary, fields, id),
      delete: () => {
        const row = this.selectedRow();
        if (row) void this.deleteEntry(row);
      },
      cancel: () => this.entries.focus(),
      saveToDisk: (glossary) => void this.saveToDisk(glossary),
      writable: () => this.managed.filter((glossary) => glossary.target.kind !== 'read-only' && glossary.document),
      describe: (glossary) => this.deps.files.describe(glossary.target, glossary.item),
      isUnwritten: (glossary) => this.deps.files.isUnwritten(glossary.item),
    });

    this.hitsHeading = h('h3', { id: 'glossary-manager-hits-heading' }, 'Hits in this article');
    this.hits = new KeyboardList<Hit>({
      label: 'Hits of the entry in this article',
      className: 'gm-hits',
      keysHint: 'Enter goes to the hit in the text.',
      createRow: () => this.createHitRow(),
      actions: { go: (hit) => this.goToHit(hit) },
      keys: { Enter: 'go' },
      onClick: (hit) => this.goToHit(hit),
    });

    this.problemsHeading = h('h3', { id: 'glossary-manager-problems-heading' }, 'Problems');
    this.problems = new KeyboardList<ProblemRow>({
      label: 'Problems in the glossaries',
      className: 'gm-problems-list',
      keysHint: 'Enter shows the entry in the list.',
      createRow: () => this.createProblemRow(),
      actions: { show: (problem) => this.showProblem(problem) },
      keys: { Enter: 'show' },
      onClick: (problem) => this.showProblem(problem),
    });

    const close = h('button', { type: 'button', class: 'icon-button gm-close', 'aria-label': 'Close the glossary manager', title: 'Close (Escape)' }, icon(ICONS.remove, 16));
    close.addEventListener('click', () => this.dialog.close());
    this.dialog = h(
      'dialog',
      { class: 'modal glossary-manager', 'aria-labelledby': 'glossary-manager-title' },
      h('div', { class: 'gm-head' }, h('h2', { id: 'glossary-manager-title', class: 'modal-title' }, 'Glossary manager'), this.count, close),
      h(
        'div',
        { class: 'gm-tools' },
        h('label', { for: this.search.id }, 'Search'),
        this.search,
        h('label', { for: this.glossaryFilter.id }, 'In'),
        this.glossaryFilter,
        h('div', { class: 'gm-tools-spacer' }),
        addButton,
        this.undoButton,
        this.redoButton,
      ),
      h(
        'div',
        { class: 'gm-main' },
        h(
          'div',
          { class: 'gm-table' },
          h('div', { class: 'gm-columns', 'aria-hidden': 'true' }, ...['Source', 'Target', 'Note', 'Flags', 'Glossary'].map((name) => h('span', {}, name))),
          this.entries.element,
          this.noMatch,
        ),
        h(
          'div',
          { class: 'gm-side' },
          this.detail.element,
          h('section', { class: 'gm-hits-section', 'aria-labelledby': this.hitsHeading.id }, this.hitsHeading, this.hits.element),
        ),
      ),
      h('section', { class: 'gm-problems', 'aria-labelledby': this.problemsHeading.id }, this.problemsHeading, this.problems.element),
    );
    this.dialog.addEventListener('keydown', (event) => this.onKey(event));
    this.dialog.addEventListener('cancel', (event) => {
      // Escape in a changed field gives up the change; the next Escape closes.
      if (this.detail.contains(document.activeElement) && this.detail.isDirty()) {
        event.preventDefault();
        this.detail.revert();
        this.entries.focus();
      }
    });
  }

  show(): Promise<void> {
    const previousFocus = document.activeElement as HTMLElement | null;
    const release = holdModal();
    document.body.append(this.dialog);
    this.dialog.showModal();
    this.count.textContent = 'Reading the glossaries…';
    this.search.focus();
    void this.reload();
    const onGlossariesChanged = () => {
      if (!this.busy) void this.reload();
    };
    this.deps.glossaries.onChange(onGlossariesChanged);
    return new Promise((resolve) => {
      this.dialog.addEventListener('close', () => {
        clearTimeout(this.hitsTimer);
        this.deps.glossaries.offChange(onGlossariesChanged);
        release();
        this.dialog.remove();
        // The page behind a modal dialog is inert: a hit is shown once it has closed.
        if (this.afterClose) this.afterClose();
        else if (previousFocus?.isConnected) previousFocus.focus();
        resolve();
      });
    });
  }

  // ── Data ────────────────────────────────────────────────────────────────────────

  /** Documents again (after an edit or a glossary change), the filter and selection kept. */
  private async reload(): Promise<void> {
    this.managed = await this.deps.editing.managed();
    this.dialog.dataset.ready = 'true';
    const chosen = this.glossaryFilter.value;
    this.glossaryFilter.replaceChildren(
      h('option', { value: '' }, 'All glossaries'),
      ...this.managed.map((glossary) => h('option', { value: glossary.key }, glossary.name)),
    );
    this.glossaryFilter.value = this.managed.some((glossary) => glossary.key === chosen) ? chosen : '';
    this.refilter();
    this.renderProblems();
    this.renderUndo();
  }

  private refilter(): void {
    const rows = searchEntries(this.managed, this.search.value, this.glossaryFilter.value || undefined);
    const selected = this.selected;
    this.entries.setItems(rows, selected ? { focus: (row) => row.glossary.key === selected.key && idOf(row) === selected.id } : undefined);
    const total = entryCount(this.managed);
    this.count.textContent = rows.length === total ? `${total.toLocaleString()} entries` : `${rows.length.toLocaleString()} of ${total.toLocaleString()} entries`;
    const query = this.search.value.trim();
    this.noMatch.hidden = rows.length > 0;
    this.noMatch.textContent = query ? `No entry holds “${query}”.` : 'No entries yet: Add entry starts your glossary.';
    const index = selected ? this.entries.indexWhere((row) => row.glossary.key === selected.key && idOf(row) === selected.id) : -1;
    if (index >= 0) this.showSelected(index, { scroll: false });
    else if (rows.length > 0 && !this.detail.isDirty()) this.showSelected(0, { scroll: false, keepSelection: true });
    else if (rows.length === 0) this.detail.showNone(this.defaultTarget());
  }

  private selectedRow(): Row | undefined {
    return this.entries.selected;
  }

  private showSelected(index: number, options: { scroll?: boolean; keepSelection?: boolean } = {}): void {
    const row = this.entries.all[index];
    if (!row) return;
    this.entries.select(index, { scroll: options.scroll ?? true });
    if (!options.keepSelection) this.selected = { key: row.glossary.key, id: idOf(row) };
    // Fields being edited are not overwritten by a refresh from elsewhere.
    if (!(this.detail.contains(document.activeElement) && this.detail.isDirty())) this.detail.show(row.glossary, entryOf(row), idOf(row));
    this.scheduleHits(row);
  }

  private defaultTarget(): ManagedGlossary | undefined {
    const selected = this.selectedRow()?.glossary;
    if (selected && selected.target.kind !== 'read-only' && selected.document) return selected;
    return this.managed.find((glossary) => glossary.isUser);
  }

  // ── Edits ───────────────────────────────────────────────────────────────────────

  private startNewEntry(): void {
    const target = this.defaultTarget();
    if (!target) {
      this.deps.announcer.say('No glossary here can take a new entry');
      return;
    }
    this.detail.startNew(target);
  }

  private async saveEntry(glossary: ManagedGlossary, fields: EntryFieldsInput, id: number | undefined): Promise<boolean> {
    const edit: GlossaryEdit = id === undefined
      ? { type: 'add', entry: fields, ...(this.afterFor(glossary) !== undefined ? { after: this.afterFor(glossary)! } : {}) }
      : { type: 'update', id, entry: fields };
    const words = `“${fields.source.trim()}${fields.target?.trim() ? ` → ${fields.target.trim()}` : ''}”`;
    const done = await this.run(glossary, edit, id === undefined ? `Added ${words}` : `Changed ${words}`);
    if (!done) return false;
    const newId = id ?? done.added[0];
    if (newId !== undefined) this.selected = { key: this.keyAfterEdit(glossary), id: newId };
    // Back to the list first, so the fields show the saved entry again.
    this.entries.focus();
    await this.reload();
    return true;
  }

  /** A new entry goes after the selected one when it is in the same glossary. */
  private afterFor(glossary: ManagedGlossary): number | undefined {
    const row = this.selectedRow();
    return row && row.glossary.key === glossary.key ? idOf(row) : undefined;
  }

  /** The user's glossary is created by its first edit: its key changes then. */
  private keyAfterEdit(glossary: ManagedGlossary): string {
    return glossary.isUser ? (this.deps.glossaries.userGlossary?.key ?? glossary.key) : glossary.key;
  }

  private async deleteEntry(row: Row): Promise<void> {
    const glossary = row.glossary;
    if (glossary.target.kind === 'read-only') {
      this.deps.announcer.say(`${glossary.name} is read-only: ${glossary.target.reason}`);
      return;
    }
    const entry = entryOf(row);
    const words = `“${entry.source}${entry.target !== undefined ? ` → ${entry.target}` : ''}”`;
    const index = this.entries.focusedIndex;
    const done = await this.run(glossary, { type: 'delete', id: idOf(row) }, `Deleted ${words}`);
    if (!done) return;
    this.selected = undefined;
    await this.reload();
    this.entries.focus(index);
    this.showSelected(Math.min(index, this.entries.size - 1));
    this.deps.announcer.say(`Deleted ${words} from ${glossary.name} (Ctrl+Z undoes)`);
  }

  /** One edit, or a clear refusal (nothing changed). */
  private async run(glossary: ManagedGlossary, edit: GlossaryEdit, description: string): Promise<{ added: number[] } | undefined> {
    this.busy = true;
    try {
      return await this.deps.editing.apply(glossary, edit, description);
    } catch (error) {
      if (error instanceof EntryEditError) this.detail.showError(error.message, error.field);
      else this.detail.showError(`Not saved: ${messageOf(error)}`);
      this.deps.announcer.error(`Not saved: ${messageOf(error)}`);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private async undo(): Promise<void> {
    await this.step(() => this.deps.editing.undo(), 'Undid', 'Nothing to undo');
  }

  private async redo(): Promise<void> {
    await this.step(() => this.deps.editing.redo(), 'Redid', 'Nothing to redo');
  }

  private async step(run: () => Promise<{ description: string } | undefined>, verb: string, nothing: string): Promise<void> {
    const hadListFocus = this.entries.hasFocus();
    this.busy = true;
    let step: { description: string } | undefined;
    try {
      step = await run();
    } catch (error) {
      this.deps.announcer.error(messageOf(error));
      return;
    } finally {
      this.busy = false;
    }
    if (!step) {
      this.deps.announcer.say(nothing);
      return;
    }
    await this.reload();
    if (hadListFocus) this.entries.focus();
    this.deps.announcer.say(`${verb}: ${step.description.charAt(0).toLowerCase()}${step.description.slice(1)}`);
  }

  private renderUndo(): void {
    const undo = this.deps.editing.undoDescription;
    const redo = this.deps.editing.redoDescription;
    this.undoButton.setAttribute('aria-disabled', String(undo === undefined));
    this.undoButton.title = undo ? `Undo: ${undo} (Ctrl+Z)` : 'Nothing to undo';
    this.redoButton.setAttribute('aria-disabled', String(redo === undefined));
    this.redoButton.title = redo ? `Redo: ${redo} (Ctrl+Y)` : 'Nothing to redo';
  }

  private async saveToDisk(glossary: ManagedGlossary): Promise<void> {
    if (!glossary.item) return;
    try {
      const where = await this.deps.files.saveToDisk(glossary.item);
      if (where !== null) this.deps.announcer.say(`Saved ${where}`);
    } catch (error) {
      this.deps.announcer.error(`Not saved: ${messageOf(error)}`);
    }
    await this.reload();
  }

  // ── Hits and problems ───────────────────────────────────────────────────────────

  private scheduleHits(row: Row): void {
    clearTimeout(this.hitsTimer);
    // Moving through the list with the arrow keys: look for hits once it rests.
    this.hitsTimer = setTimeout(() => void this.renderHits(row), 60);
  }

  private async renderHits(row: Row): Promise<void> {
    const { id: _id, ...entry } = entryOf(row);
    const answer = await this.deps.client.call('hits', { file: row.glossary.document!.file, entry, text: this.deps.postEdit(), limit: MAX_HITS });
    // Moved on meanwhile: this answer is about another entry.
    if (this.selectedRow() !== row) return;
    this.hitsHeading.textContent = answer.total === 0
      ? 'Hits in this article: none'
      : `Hits in this article: ${answer.total.toLocaleString()}${answer.total > MAX_HITS ? ` (first ${MAX_HITS} listed)` : ''}`;
    this.hits.setItems(answer.hits);
  }

  private goToHit(hit: Hit): void {
    this.afterClose = () => this.deps.reveal(hit.start, hit.end);
    this.dialog.close();
  }

  private renderProblems(): void {
    const rows: ProblemRow[] = [...this.deps.editing.problems];
    // Cycles come from the engine (renderer/engine/glossary-cycles.ts describeCycles).
    for (const cycle of this.deps.glossaries.cycles) rows.push({ message: `These rules form a cycle and change nothing: ${cycle}`, kind: 'cycle' });
    this.problemsHeading.textContent = rows.length === 0 ? 'Problems: none found' : `Problems: ${rows.length.toLocaleString()}`;
    this.problems.setItems(rows);
  }

  private showProblem(problem: ProblemRow): void {
    const at = problem.at;
    if (!at) return;
    const glossary = this.managed.find((candidate) => candidate.document?.file === at.file);
    const index = glossary?.document?.entries.findIndex((entry) => entry.line === at.line) ?? -1;
    if (!glossary || index < 0) return;
    this.search.value = '';
    this.glossaryFilter.value = '';
    this.selected = { key: glossary.key, id: glossary.document!.entries[index]!.id };
    this.refilter();
    this.entries.focus(this.entries.indexWhere((row) => row.glossary === glossary && row.index === index));
  }

  // ── Rows ────────────────────────────────────────────────────────────────────────

  private createEntryRow(): ListRowView<Row> {
    const cells = ['gm-source', 'gm-target', 'gm-note', 'gm-flags', 'gm-where'].map((name) => h('span', { class: name }));
    const element = h('div', { class: 'gm-entry' }, ...cells);
    return {
      element,
      update: (row) => {
        const entry = entryOf(row);
        const flags = flagsOf(entry);
        const where = `${row.glossary.name}:${entry.line}`;
        cells[0]!.textContent = entry.source;
        cells[1]!.textContent = entry.target ?? '';
        cells[2]!.textContent = entry.note ?? '';
        cells[3]!.textContent = flags.join(', ');
        cells[4]!.textContent = where;
        element.classList.toggle('is-off', !row.glossary.enabled);
        element.title = [entry.note, where].filter(Boolean).join(' · ');
        element.setAttribute(
          'aria-label',
          `${entry.source}${entry.target !== undefined ? ` → ${entry.target}` : ''}` +
            `${entry.note ? `, note: ${entry.note}` : ''}${flags.length > 0 ? `, ${flags.join(', ')}` : ''}, ${row.glossary.name} line ${entry.line}` +
            `${row.glossary.enabled ? '' : ' (glossary off)'}`,
        );
      },
    };
  }

  private createHitRow(): ListRowView<Hit> {
    const before = document.createTextNode('');
    const mark = h('mark', {});
    const after = document.createTextNode('');
    const element = h('div', { class: 'gm-hit' }, before, mark, after);
    return {
      element,
      update: (hit) => {
        before.data = hit.snippet.before;
        mark.textContent = hit.snippet.hit;
        after.data = hit.snippet.after;
        element.setAttribute('aria-label', `${hit.snippet.before}${hit.snippet.hit}${hit.snippet.after}`);
      },
    };
  }

  private createProblemRow(): ListRowView<ProblemRow> {
    const kind = h('span', { class: 'gm-problem-kind' });
    const message = h('span', { class: 'gm-problem-message' });
    const element = h('div', { class: 'gm-problem' }, kind, message);
    return {
      element,
      update: (problem) => {
        kind.textContent = PROBLEM_LABELS[problem.kind];
        message.textContent = problem.message;
        element.setAttribute('aria-label', `${PROBLEM_LABELS[problem.kind]}: ${problem.message}`);
      },
    };
  }

  private onKey(event: KeyboardEvent): void {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || event.altKey || isTextField(document.activeElement)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) void this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') void this.redo();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }
}

// ── The entry's fields ─────────────────────────────────────────────────────────────

export interface EntryFieldsInput {
  source: string;
  target?: string;
  note?: string;
  caseSensitive?: boolean;
  forbidden?: boolean;
}

interface EntryDetailActions {
  save(glossary: ManagedGlossary, fields: EntryFieldsInput, id: number | undefined): Promise<boolean>;
  delete(): void;
  cancel(): void;
  saveToDisk(glossary: ManagedGlossary): void;
  writable(): ManagedGlossary[];
  describe(glossary: ManagedGlossary): string;
  isUnwritten(glossary: ManagedGlossary): boolean;
}

/** The selected entry's fields, editable where its glossary is; or a new entry's. */
class EntryDetail {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly source: HTMLInputElement;
  private readonly target: HTMLInputElement;
  private readonly note: HTMLInputElement;
  private readonly caseSensitive: HTMLInputElement;
  private readonly forbidden: HTMLInputElement;
  private readonly flagsHint: HTMLElement;
  private readonly into: HTMLSelectElement;
  private readonly intoField: HTMLElement;
  private readonly error: HTMLElement;
  private readonly where: HTMLElement;
  private readonly saveToDiskButton: HTMLButtonElement;
  private readonly saveButton: HTMLButtonElement;
  private readonly deleteButton: HTMLButtonElement;
  private glossary: ManagedGlossary | undefined;
  private id: number | undefined;
  private shown: EntryFieldsInput = { source: '' };

  constructor(private readonly actions: EntryDetailActions) {
    const input = (id: string) => h('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false' });
    this.source = input('gm-field-source');
    this.target = input('gm-field-target');
    this.note = input('gm-field-note');
    this.caseSensitive = h('input', { id: 'gm-field-case', type: 'checkbox' });
    this.forbidden = h('input', { id: 'gm-field-forbidden', type: 'checkbox' });
    this.flagsHint = h('p', { class: 'field-hint', id: 'gm-flags-hint' });
    this.caseSensitive.setAttribute('aria-describedby', this.flagsHint.id);
    this.forbidden.setAttribute('aria-describedby', this.flagsHint.id);
    this.into = h('select', { id: 'gm-field-into' });
    this.intoField = h('div', { class: 'field' }, h('label', { for: this.into.id }, 'Add to'), this.into);
    this.error = h('p', { class: 'field-error', role: 'alert', hidden: true });
    this.heading = h('h3', { id: 'gm-detail-heading' }, 'Entry');
    this.saveButton = h('button', { type: 'submit', class: 'button primary button-small' }, 'Save');
    this.deleteButton = h('button', { type: 'button', class: 'button button-small' }, 'Delete entry');
    this.deleteButton.addEventListener('click', () => actions.delete());
    this.where = h('p', { class: 'gm-where-note' });
    this.saveToDiskButton = h('button', { type: 'button', class: 'button button-small' });
    this.saveToDiskButton.addEventListener('click', () => {
      if (this.glossary) actions.saveToDisk(this.glossary);
    });
    const field = (label: string, control: HTMLElement) => h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
    this.form = h(
      'form',
      { class: 'gm-form', 'aria-labelledby': this.heading.id, novalidate: true },
      this.intoField,
      field('Source (as the MT writes it)', this.source),
      field('Target (what it should read)', this.target),
      field('Note', this.note),
      h(
        'div',
        { class: 'gm-flags-fields' },
        h('label', { class: 'gm-check' }, this.caseSensitive, 'Case-sensitive'),
        h('label', { class: 'gm-check' }, this.forbidden, 'Forbidden term'),
      ),
      this.flagsHint,
      this.error,
      h('div', { class: 'gm-form-buttons' }, this.saveButton, this.deleteButton),
    );
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.into.addEventListener('change', () => {
      const chosen = this.actions.writable().find((glossary) => glossary.key === this.into.value);
      if (chosen) this.glossary = chosen;
      this.updateState();
    });
    this.element = h('section', { class: 'gm-detail', 'aria-labelledby': this.heading.id }, this.heading, this.form, h('div', { class: 'gm-where' }, this.where, this.saveToDiskButton));
  }

  contains(element: Element | null): boolean {
    return this.element.contains(element);
  }

  /** Fields differ from the entry shown (or a new entry has text). */
  isDirty(): boolean {
    const now = this.values();
    return now.source !== this.shown.source || (now.target ?? '') !== (this.shown.target ?? '') || (now.note ?? '') !== (this.shown.note ?? '') ||
      Boolean(now.caseSensitive) !== Boolean(this.shown.caseSensitive) || Boolean(now.forbidden) !== Boolean(this.shown.forbidden);
  }

  revert(): void {
    if (this.glossary && this.id !== undefined) this.fill(this.shown);
    else this.fill({ source: '' });
    this.showError(undefined);
  }

  show(glossary: ManagedGlossary, entry: EntryView, id: number): void {
    this.glossary = glossary;
    this.id = id;
    this.heading.textContent = `Entry: ${glossary.name}, line ${entry.line}`;
    this.shown = {
      source: entry.source,
      ...(entry.target !== undefined ? { target: entry.target } : {}),
      ...(entry.note !== undefined ? { note: entry.note } : {}),
      ...(entry.caseSensitive !== undefined ? { caseSensitive: entry.caseSensitive } : {}),
      ...(entry.forbidden !== undefined ? { forbidden: entry.forbidden } : {}),
    };
    this.fill(this.shown);
    this.showError(undefined);
    this.updateState();
  }

  showNone(target: ManagedGlossary | undefined): void {
    this.glossary = target;
    this.id = undefined;
    this.shown = { source: '' };
    this.heading.textContent = target ? `New entry: ${target.name}` : 'Entry';
    this.fill(this.shown);
    this.updateState();
  }

  /** Empty fields for a new entry in `glossary` (another writable one can be chosen). */
  startNew(glossary: ManagedGlossary): void {
    this.showNone(glossary);
    this.source.focus();
  }

  focusFirstField(glossary: ManagedGlossary): void {
    if (glossary.target.kind === 'read-only') return;
    this.source.focus();
    this.source.select();
  }

  showError(message: string | undefined, field?: string): void {
    this.error.hidden = message === undefined;
    this.error.textContent = message ?? '';
    const input = field === 'target' ? this.target : field === 'note' ? this.note : field === 'source' ? this.source : undefined;
    for (const candidate of [this.source, this.target, this.note]) candidate.setAttribute('aria-invalid', String(candidate === input));
    this.error.id = 'gm-field-error';
    if (input) {
      input.setAttribute('aria-errormessage', this.error.id);
      input.focus();
    }
  }

  private values(): EntryFieldsInput {
    const json = this.glossary?.document?.format === 'json';
    return {
      source: this.source.value,
      target: this.target.value,
      note: this.note.value,
      ...(json ? { caseSensitive: this.caseSensitive.checked, forbidden: this.forbidden.checked } : {}),
    };
  }

  private fill(fields: EntryFieldsInput): void {
    this.source.value = fields.source;
    this.target.value = fields.target ?? '';
    this.note.value = fields.note ?? '';
    this.caseSensitive.checked = fields.caseSensitive === true;
    this.forbidden.checked = fields.forbidden === true;
  }

  private async submit(): Promise<void> {
    const glossary = this.glossary;
    if (!glossary || glossary.target.kind === 'read-only') return;
    const values = this.values();
    if (values.source.trim() === '') {
      this.showError('The source is required.', 'source');
      return;
    }
    if (this.id !== undefined && !this.isDirty()) {
      this.actions.cancel();
      return;
    }
    // Flags exist in JSON files only: an entry keeps those it had unless changed there.
    const fields: EntryFieldsInput = glossary.document?.format === 'json' ? values : { source: values.source, ...(values.target ? { target: values.target } : {}), ...(values.note ? { note: values.note } : {}) };
    if (await this.actions.save(glossary, fields, this.id)) this.showError(undefined);
  }

  /** Read-only or editable, flags available or not, where the edits go. */
  private updateState(): void {
    const glossary = this.glossary;
    const readOnly = !glossary || glossary.target.kind === 'read-only';
    const isNew = this.id === undefined;
    for (const control of [this.source, this.target, this.note]) control.readOnly = readOnly;
    const json = glossary?.document?.format === 'json';
    this.caseSensitive.disabled = readOnly || !json;
    this.forbidden.disabled = readOnly || !json;
    this.flagsHint.textContent = json ? 'Set in the glossary’s JSON file.' : 'Case-sensitive and forbidden exist in JSON glossaries only (TSV and CSV files have no column for them).';
    this.saveButton.disabled = readOnly;
    this.saveButton.textContent = isNew ? 'Add entry' : 'Save';
    this.deleteButton.hidden = isNew;
    this.deleteButton.disabled = readOnly;
    this.intoField.hidden = !isNew;
    if (isNew) {
      const writable = this.actions.writable();
      this.into.replaceChildren(...writable.map((candidate) => h('option', { value: candidate.key }, candidate.name)));
      if (glossary) this.into.value = glossary.key;
    }
    this.where.textContent = glossary ? this.actions.describe(glossary) : '';
    const mode = glossary?.target.kind === 'file' ? glossary.target.mode : undefined;
    const unwritten = glossary !== undefined && this.actions.isUnwritten(glossary);
    this.saveToDiskButton.hidden = !(mode === 'choose-file' || (mode === 'download' && unwritten));
    this.saveToDiskButton.textContent = mode === 'choose-file' ? 'Save to file…' : 'Save a copy…';
  }
}

// The window's one keyboard-navigable list: suggestions, quality checks, and the glossary
// manager's entries, problems and hits are all this component with their own rows.
//
// ARIA: a listbox of options (single selection), one Tab stop (roving tabindex on the
// options), ↑/↓, Home/End and PageUp/PageDown move, and each list names the keys that act
// on the focused row (Enter applies, Delete skips…). Options have presentational
// children, so a row holds no focusable control: the small buttons a pointer clicks in a
// row (`rowAction`) are hidden from assistive tech, and the keys they stand for are the
// row's description (`keysHint`).
//
// Rows are updated in place, so a list refreshed on each pause in typing costs a few text
// writes, not a rebuilt list. With `virtualRowHeight` only the rows in view exist (the
// glossary manager lists 10,000 entries), each carrying aria-posinset / aria-setsize.
//
// Focus never falls to the page body: when the focused row goes away (applied, skipped,
// ignored, filtered out, Apply all), focus moves to the row that took its place, or to the
// list itself while it is empty.
import '../../styles/lists.css';
import { h } from '../dom';
import { navigationTarget } from './navigation';

export interface ListRowView<T> {
  /** The option element (the list sets role, tabindex, id and selection on it). */
  readonly element: HTMLElement;
  /** Show `item`; called only when the row shows another item or the item changed. */
  update(item: T, index: number): void;
}

export interface KeyboardListOptions<T> {
  /** The listbox's accessible name. */
  label: string;
  className?: string;
  createRow(): ListRowView<T>;
  /** Row actions by name: run by their keys, and by a click on a `rowAction` in a row. */
  actions?: Record<string, (item: T, index: number) => void>;
  /** Key (KeyboardEvent.key) → action name, for the focused row. */
  keys?: Record<string, string>;
  /** What the keys do, in words: every row's description. */
  keysHint?: string;
  /** Focus moved to a row by a navigation key (lists show the row's place in the text). */
  onMove?(item: T, index: number): void;
  /** A click on the row outside its row actions. */
  onClick?(item: T, index: number): void;
  /** Whether two items show the same thing (skip the row's update). Default: identity. */
  same?(a: T, b: T): boolean;
  /** Fixed row height in pixels: only the rows in view are rendered. */
  virtualRowHeight?: number;
  /** Also mark the selected row aria-current="true" (the suggestion F8 and the editor
   *  are on: the current item of the set, not only the one picked). */
  markCurrent?: boolean;
}

interface MountedRow<T> {
  view: ListRowView<T>;
  index: number;
  item: T | undefined;
}

/** Rows rendered above and below the viewport in virtual mode. */
const OVERSCAN = 6;
let nextListId = 1;

/** A pointer's shortcut inside a row, for the row action `action` (hidden from AT: the
 *  row's description names its key). */
export function rowAction(action: string, ...content: Array<Node | string>): HTMLElement {
  return h('span', { class: 'row-action', 'data-row-action': action, 'aria-hidden': 'true' }, ...content);
}

export class KeyboardList<T> {
  readonly element: HTMLElement;
  private readonly id = `list-${nextListId++}`;
  private readonly spacer: HTMLElement | undefined;
  private items: readonly T[] = [];
  private readonly mounted: MountedRow<T>[] = [];
  private focusIndex = 0;
  private selectedIndex = -1;
  private renderQueued = false;

  constructor(private readonly options: KeyboardListOptions<T>) {
    const hintId = options.keysHint ? `${this.id}-keys` : undefined;
    this.element = h('div', {
      class: `keyboard-list ${options.className ?? ''}`.trim(),
      role: 'listbox',
      'aria-label': options.label,
      tabindex: '-1',
      'aria-describedby': hintId,
    });
    if (hintId) this.element.append(h('span', { id: hintId, class: 'visually-hidden', hidden: true }, options.keysHint ?? ''));
    if (options.virtualRowHeight) {
      this.element.classList.add('keyboard-list-virtual');
      this.spacer = h('div', { class: 'keyboard-list-spacer', 'aria-hidden': 'true' });
      this.element.append(this.spacer);
      this.element.addEventListener('scroll', () => this.queueRender(), { passive: true });
      new ResizeObserver(() => this.queueRender()).observe(this.element);
    }
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    this.element.addEventListener('click', (event) => this.onClickEvent(event));
    this.element.addEventListener('focusin', (event) => {
      const row = this.rowOf(event.target);
      if (row && row.index !== this.focusIndex) {
        this.focusIndex = row.index;
        this.updateTabStops();
      }
    });
    this.updateTabStops();
  }

  /** The items listed, in order. */
  get all(): readonly T[] {
    return this.items;
  }

  get size(): number {
    return this.items.length;
  }

  /** The index of the row with the focus ring (or last had it). */
  get focusedIndex(): number {
    return this.focusIndex;
  }

  get selected(): T | undefined {
    return this.items[this.selectedIndex];
  }

  hasFocus(): boolean {
    return this.element.contains(document.activeElement);
  }

  /**
   * Shows `items`. Focus inside the list stays inside it: on the same position (the row
   * that took the place of one removed), or on the list itself when it is empty.
   * `keep`: the item to keep focus and selection on, wherever it moved.
   */
  setItems(items: readonly T[], keep?: { focus?: (item: T) => boolean }): void {
    const hadFocus = this.hasFocus();
    this.items = items;
    if (keep?.focus) {
      const found = items.findIndex(keep.focus);
      if (found >= 0) this.focusIndex = found;
    }
    this.focusIndex = Math.max(0, Math.min(this.focusIndex, items.length - 1));
    if (this.selectedIndex >= items.length) this.selectedIndex = -1;
    this.render();
    // Rows are reused by position: the focused element may now show another item, or be
    // gone. Focus the row at the kept position (or the list itself when empty).
    if (hadFocus && document.activeElement !== this.rowAt(this.focusIndex)?.view.element) this.focusRow(this.focusIndex);
  }

  /** Put focus in the list: the row last focused, or the list itself when empty. */
  focus(index = this.focusIndex): void {
    this.focusRow(index);
  }

  /** Mark a row as the selected one (shown in the editor) and bring it into view. */
  select(index: number, options: { scroll?: boolean } = {}): void {
    this.selectedIndex = index >= 0 && index < this.items.length ? index : -1;
    for (const row of this.mounted) this.markSelection(row);
    if (this.selectedIndex >= 0 && options.scroll !== false) this.scrollTo(this.selectedIndex);
  }

  /** The index of the item `match` accepts, or -1. */
  indexWhere(match: (item: T) => boolean): number {
    return this.items.findIndex(match);
  }

  // ── Rendering ───────────────────────────────────────────────────────────────────

  private queueRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    requestAnimationFrame(() => {
      this.renderQueued = false;
      this.render();
    });
  }

  private render(): void {
    const height = this.options.virtualRowHeight;
    if (height) this.renderWindow(height);
    else this.renderAll();
    this.updateTabStops();
  }

  private renderAll(): void {
    for (let i = 0; i < this.items.length; i++) this.mount(this.mounted[i], i, (row) => this.element.append(row.view.element));
    for (const row of this.mounted.splice(this.items.length)) row.view.element.remove();
  }

  /** Virtual mode: the rows in view (plus the focused one), positioned absolutely. */
  private renderWindow(height: number): void {
    const spacer = this.spacer!;
    const total = this.items.length;
    spacer.style.height = `${total * height}px`;
    const viewport = this.element.clientHeight || height * 20;
    const first = Math.max(0, Math.floor(this.element.scrollTop / height) - OVERSCAN);
    const last = Math.min(total - 1, Math.ceil((this.element.scrollTop + viewport) / height) + OVERSCAN);
    const wanted = new Set<number>();
    for (let i = first; i <= last; i++) wanted.add(i);
    if (this.focusIndex < total && this.hasFocus()) wanted.add(this.focusIndex);
    // Rows showing an index still wanted keep it (their element may hold focus).
    const free: MountedRow<T>[] = [];
    for (const row of this.mounted) {
      if (wanted.has(row.index)) wanted.delete(row.index);
      else free.push(row);
    }
    for (const index of wanted) {
      const row = free.pop();
      this.mount(row, index, (created) => this.element.append(created.view.element));
    }
    for (const row of free) {
      row.view.element.remove();
      this.mounted.splice(this.mounted.indexOf(row), 1);
    }
    for (const row of this.mounted) {
      // Items may have changed under an index kept: update it in place.
      if (row.item !== this.items[row.index]) this.mount(row, row.index, () => undefined);
      row.view.element.style.transform = `translateY(${row.index * height}px)`;
      row.view.element.setAttribute('aria-posinset', String(row.index + 1));
      row.view.element.setAttribute('aria-setsize', String(total));
    }
  }

  /** Show item `index` in `row` (created when absent). */
  private mount(row: MountedRow<T> | undefined, index: number, attach: (row: MountedRow<T>) => void): void {
    const item = this.items[index] as T;
    if (!row) {
      const view = this.options.createRow();
      view.element.setAttribute('role', 'option');
      view.element.tabIndex = -1;
      row = { view, index, item: undefined };
      this.mounted.push(row);
      attach(row);
    }
    const changed = row.item === undefined || row.index !== index || !(this.options.same ? this.options.same(row.item, item) : row.item === item);
    row.index = index;
    row.item = item;
    row.view.element.id = `${this.id}-${index}`;
    this.markSelection(row);
    if (changed) row.view.update(item, index);
  }

  private markSelection(row: MountedRow<T>): void {
    const selected = row.index === this.selectedIndex;
    row.view.element.setAttribute('aria-selected', String(selected));
    if (!this.options.markCurrent) return;
    if (selected) row.view.element.setAttribute('aria-current', 'true');
    else row.view.element.removeAttribute('aria-current');
  }

  private updateTabStops(): void {
    const empty = this.items.length === 0;
    // Empty, the list itself is the Tab stop (and where focus goes when its rows go).
    this.element.tabIndex = empty ? 0 : -1;
    for (const row of this.mounted) row.view.element.tabIndex = row.index === this.focusIndex ? 0 : -1;
  }

  private rowOf(target: EventTarget | null): MountedRow<T> | undefined {
    if (!(target instanceof Element)) return undefined;
    const option = target.closest('[role="option"]');
    return option ? this.mounted.find((row) => row.view.element === option) : undefined;
  }

  private rowAt(index: number): MountedRow<T> | undefined {
    return this.mounted.find((row) => row.index === index);
  }

  private focusRow(index: number): void {
    if (this.items.length === 0) {
      this.element.tabIndex = 0;
      this.element.focus();
      return;
    }
    this.focusIndex = Math.max(0, Math.min(index, this.items.length - 1));
    if (this.options.virtualRowHeight) {
      this.scrollTo(this.focusIndex);
      if (!this.rowAt(this.focusIndex)) this.renderWindow(this.options.virtualRowHeight);
    }
    this.updateTabStops();
    const row = this.rowAt(this.focusIndex);
    row?.view.element.focus({ preventScroll: Boolean(this.options.virtualRowHeight) });
    if (!this.options.virtualRowHeight) row?.view.element.scrollIntoView({ block: 'nearest' });
  }

  private scrollTo(index: number): void {
    const height = this.options.virtualRowHeight;
    if (!height) {
      this.rowAt(index)?.view.element.scrollIntoView({ block: 'nearest' });
      return;
    }
    const top = index * height;
    const view = this.element.clientHeight;
    if (top < this.element.scrollTop) this.element.scrollTop = top;
    else if (top + height > this.element.scrollTop + view) this.element.scrollTop = top + height - view;
    this.renderWindow(height);
  }

  private pageSize(): number {
    const height = this.options.virtualRowHeight ?? this.mounted[0]?.view.element.offsetHeight ?? 40;
    return Math.max(1, Math.floor(this.element.clientHeight / Math.max(1, height)) - 1);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const row = this.rowOf(event.target);
    if (!row || row.view.element !== event.target) return;
    const index = row.index;
    const target = navigationTarget(event.key, index, this.items.length, this.pageSize());
    if (target !== undefined) {
      event.preventDefault();
      this.focusRow(target);
      this.options.onMove?.(this.items[target] as T, target);
      return;
    }
    const action = this.options.keys?.[event.key];
    const run = action ? this.options.actions?.[action] : undefined;
    if (!run) return;
    event.preventDefault();
    run(this.items[index] as T, index);
  }

  private onClickEvent(event: MouseEvent): void {
    const row = this.rowOf(event.target);
    if (!row) return;
    this.focusIndex = row.index;
    this.updateTabStops();
    const actionElement = (event.target as Element).closest('[data-row-action]');
    const action = actionElement?.getAttribute('data-row-action');
    const item = this.items[row.index] as T;
    if (action) {
      event.stopPropagation();
      // The row keeps the focus, so the list's keys go on working after a click.
      row.view.element.focus({ preventScroll: true });
      this.options.actions?.[action]?.(item, row.index);
      return;
    }
    this.options.onClick?.(item, row.index);
  }
}

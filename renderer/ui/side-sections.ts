// The side panel's sections (glossaries, suggestions, quality checks): each can be
// collapsed to its header (a disclosure button: Enter or Space) and resized against its
// neighbour by a separator between them (pointer drag, or ↑/↓ when focused, Home/End for
// the smallest and largest). An empty section shrinks to its one-line note, and the
// first section with rows (suggestions, else quality checks) fills the height left, so
// ten glossaries loaded in a 1280×720 window still leave the lists room.
// Collapsed states and sizes are a view setting, kept in localStorage, not in the work.
import '../styles/side-sections.css';
import { h, icon, ICONS } from './dom';

export interface SectionOptions {
  /** Stable id: the heading's id prefix and the key its state is remembered under. */
  id: string;
  title: string;
  className: string;
  /** Shown in the header after the title (counts, buttons). */
  headerExtras?: Node[];
  body: Node[];
  /** Default size when not filling: this fraction of the side panel's height. */
  share?: number;
}

const STORAGE_KEY = 'glossa.side-sections';
const STEP = 24;
const MIN_SIZE = 72;

interface SavedState {
  collapsed: Record<string, boolean>;
  sizes: Record<string, number>;
}

function readState(): SavedState {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<SavedState>;
    return { collapsed: { ...(parsed.collapsed ?? {}) }, sizes: { ...(parsed.sizes ?? {}) } };
  } catch {
    return { collapsed: {}, sizes: {} };
  }
}

export class CollapsibleSection {
  readonly element: HTMLElement;
  readonly id: string;
  readonly share: number;
  private readonly toggleButton: HTMLButtonElement;
  private readonly body: HTMLElement;
  private collapsed = false;
  private empty = false;
  /** Told when collapsed, expanded or emptied: the side panel lays itself out again. */
  onChange: () => void = () => undefined;

  constructor(options: SectionOptions) {
    this.id = options.id;
    this.share = options.share ?? 0.3;
    const bodyId = `${options.id}-body`;
    this.toggleButton = h(
      'button',
      { type: 'button', class: 'section-toggle', 'aria-expanded': 'true', 'aria-controls': bodyId, id: `${options.id}-heading` },
      icon(ICONS.chevronDown, 14),
      h('span', {}, options.title),
    );
    this.toggleButton.addEventListener('click', () => this.setCollapsed(!this.collapsed));
    this.body = h('div', { class: 'panel-body', id: bodyId }, ...options.body);
    this.element = h(
      'section',
      { class: `panel ${options.className}`, 'aria-labelledby': `${options.id}-heading`, 'data-section': options.id },
      h('div', { class: 'panel-header' }, h('h2', {}, this.toggleButton), ...(options.headerExtras ?? [])),
      this.body,
    );
  }

  get isCollapsed(): boolean {
    return this.collapsed;
  }

  get isEmpty(): boolean {
    return this.empty;
  }

  setCollapsed(collapsed: boolean): void {
    if (this.collapsed === collapsed) return;
    this.collapsed = collapsed;
    this.toggleButton.setAttribute('aria-expanded', String(!collapsed));
    this.body.hidden = collapsed;
    this.element.classList.toggle('is-collapsed', collapsed);
    this.onChange();
  }

  expand(): void {
    this.setCollapsed(false);
  }

  setEmpty(empty: boolean): void {
    if (this.empty === empty) return;
    this.empty = empty;
    this.element.classList.toggle('is-empty', empty);
    this.onChange();
  }

  /** The disclosure button (F6 lands here when a section has nothing else to focus). */
  get toggle(): HTMLButtonElement {
    return this.toggleButton;
  }
}

/** Lays out the sections in `panel`, with a separator between each two. */
export class SideSections {
  private readonly state = readState();
  private readonly separators: HTMLElement[] = [];

  constructor(
    private readonly panel: HTMLElement,
    private readonly sections: readonly CollapsibleSection[],
    /** Sections that may fill the height left, in order of preference. */
    private readonly fillers: readonly CollapsibleSection[],
  ) {
    const children: HTMLElement[] = [];
    sections.forEach((section, index) => {
      if (index > 0) {
        const separator = this.createSeparator(index);
        this.separators.push(separator);
        children.push(separator);
      }
      children.push(section.element);
      if (this.state.collapsed[section.id]) section.setCollapsed(true);
      section.onChange = () => {
        this.state.collapsed[section.id] = section.isCollapsed;
        this.save();
        this.layout();
      };
    });
    panel.append(...children);
    new ResizeObserver(() => this.layout()).observe(panel);
    this.layout();
  }

  /** Which sections fill, which are sized, which are their header alone. */
  layout(): void {
    const fill = this.fillers.find((section) => !section.isCollapsed && !section.isEmpty);
    const height = this.panel.clientHeight || 600;
    for (const section of this.sections) {
      const style = section.element.style;
      section.element.classList.toggle('is-fill', section === fill);
      const sized = section !== fill && !section.isCollapsed && !section.isEmpty;
      section.element.classList.toggle('is-sized', sized);
      if (sized) style.setProperty('--section-size', `${this.sizeOf(section, height)}px`);
      else style.removeProperty('--section-size');
    }
    this.separators.forEach((separator, k) => {
      const target = this.resizedBy(k);
      const usable = !target.isCollapsed && !target.isEmpty;
      separator.classList.toggle('is-inactive', !usable);
      separator.setAttribute('aria-disabled', String(!usable));
      // A separator that cannot move is no Tab stop.
      separator.tabIndex = usable ? 0 : -1;
      separator.setAttribute('aria-valuenow', String(Math.round(this.sizeOf(target, height))));
      separator.setAttribute('aria-valuemax', String(Math.max(MIN_SIZE, height - 120)));
    });
  }

  private sizeOf(section: CollapsibleSection, height: number): number {
    const saved = this.state.sizes[section.id];
    const size = saved ?? section.share * height;
    return Math.round(Math.max(MIN_SIZE, Math.min(size, height - 120)));
  }

  /** The section separator `k` resizes: the one not filling (the upper by default). */
  private resizedBy(k: number): CollapsibleSection {
    const above = this.sections[k]!;
    const below = this.sections[k + 1]!;
    return above.element.classList.contains('is-fill') ? below : above;
  }

  private resize(k: number, delta: number): void {
    const height = this.panel.clientHeight || 600;
    const target = this.resizedBy(k);
    // Moving the separator down grows the section above it and shrinks the one below.
    const grows = target === this.sections[k] ? delta : -delta;
    const current = target.isEmpty ? target.element.getBoundingClientRect().height : this.sizeOf(target, height);
    this.state.sizes[target.id] = Math.max(MIN_SIZE, Math.min(current + grows, height - 120));
    this.save();
    this.layout();
  }

  private setSize(k: number, size: number): void {
    const target = this.resizedBy(k);
    this.state.sizes[target.id] = size;
    this.save();
    this.layout();
  }

  private createSeparator(index: number): HTMLElement {
    const k = index - 1;
    const above = this.sections[k]!;
    const below = this.sections[index]!;
    const separator = h('div', {
      class: 'section-separator',
      role: 'separator',
      'aria-orientation': 'horizontal',
      'aria-label': `Resize ${labelOf(above)} and ${labelOf(below)}`,
      'aria-valuemin': MIN_SIZE,
      tabindex: '0',
    });
    separator.addEventListener('keydown', (event) => {
      if (separator.getAttribute('aria-disabled') === 'true') return;
      const height = this.panel.clientHeight || 600;
      if (event.key === 'ArrowUp') this.resize(k, -STEP);
      else if (event.key === 'ArrowDown') this.resize(k, STEP);
      else if (event.key === 'Home') this.setSize(k, MIN_SIZE);
      else if (event.key === 'End') this.setSize(k, height - 120);
      else return;
      event.preventDefault();
    });
    separator.addEventListener('pointerdown', (event) => {
      if (separator.getAttribute('aria-disabled') === 'true') return;
      separator.setPointerCapture(event.pointerId);
      let last = event.clientY;
      const move = (e: PointerEvent) => {
        this.resize(k, e.clientY - last);
        last = e.clientY;
      };
      const up = () => {
        separator.removeEventListener('pointermove', move);
        separator.removeEventListener('pointerup', up);
      };
      separator.addEventListener('pointermove', move);
      separator.addEventListener('pointerup', up);
    });
    return separator;
  }

  private save(): void {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this.state));
    } catch {
      // Storage refused: the layout simply is not remembered.
    }
  }
}

function labelOf(section: CollapsibleSection): string {
  return section.toggle.textContent?.trim().toLowerCase() ?? section.id;
}

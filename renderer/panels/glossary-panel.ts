// The loaded glossaries: name, format, entry count, languages; enable/disable, priority
// up/down, remove; and the way into the glossary manager (every entry, searchable and
// editable). A broken glossary shows its `file:line: detail` and stays inert.
import type { GlossaryItem } from '../glossaries/glossary-list';
import { ariaShortcut, shortcutLabel } from '../keyboard';
import { h, icon, ICONS } from '../ui/dom';
import { CollapsibleSection } from '../ui/side-sections';

export interface GlossaryPanelActions {
  setEnabled(key: string, enabled: boolean): void;
  move(key: string, delta: -1 | 1): void;
  remove(key: string): void;
  load(): void;
  /** Open the glossary manager. */
  manage(): void;
}

function displayName(item: GlossaryItem): string {
  if (item.isUser) return 'My corrections';
  return item.summary?.name ?? item.file.split(/[\\/]/).pop() ?? item.file;
}

function describe(item: GlossaryItem): string {
  if (!item.summary) return 'Not loaded: nothing from this file is applied';
  const { format, entryCount, sourceLanguage, targetLanguage } = item.summary;
  const parts = [format.toUpperCase(), `${entryCount.toLocaleString()} ${entryCount === 1 ? 'correction' : 'corrections'}`];
  if (sourceLanguage || targetLanguage) parts.push(`${sourceLanguage ?? '?'} → ${targetLanguage ?? '?'}`);
  return parts.join(' · ');
}

export class GlossaryPanel {
  readonly element: HTMLElement;
  readonly section: CollapsibleSection;
  private readonly list: HTMLUListElement;
  private readonly count: HTMLElement;

  constructor(private readonly actions: GlossaryPanelActions) {
    this.count = h('span', { class: 'panel-count' });
    const loadButton = h(
      'button',
      { type: 'button', class: 'button button-small', 'aria-label': 'Load another glossary', title: 'Load another glossary' },
      icon(ICONS.addTerm, 14),
    );
    loadButton.addEventListener('click', () => actions.load());
    const manageKey = shortcutLabel('glossary-manager');
    const manageButton = h(
      'button',
      {
        type: 'button',
        class: 'button button-small',
        title: `Every entry: search, edit, add, delete${manageKey ? ` (${manageKey})` : ''}`,
        'aria-keyshortcuts': ariaShortcut('glossary-manager'),
      },
      icon(ICONS.glossary, 14),
      'Entries',
    );
    manageButton.addEventListener('click', () => actions.manage());
    this.list = h('ul', { class: 'glossary-list', 'aria-label': 'Loaded glossaries' });
    this.section = new CollapsibleSection({
      id: 'glossaries',
      title: 'Glossaries',
      className: 'panel-glossaries',
      headerExtras: [this.count, h('div', { class: 'panel-header-spacer' }), manageButton, loadButton],
      body: [this.list],
      share: 0.2,
    });
    this.element = this.section.element;
  }

  render(items: readonly GlossaryItem[]): void {
    // Re-rendering replaces the buttons: put focus back on the same control afterwards.
    const active = document.activeElement as HTMLElement | null;
    const focusKey = this.list.contains(active) ? active?.dataset.key : undefined;
    const focusAction = active?.dataset.action;

    this.count.textContent = items.length > 0 ? String(items.length) : '';
    if (items.length === 0) {
      this.list.replaceChildren(
        h('li', { class: 'panel-empty' }, 'No glossary loaded. Load a TSV, CSV, JSON or TBX file to get suggestions.'),
      );
      return;
    }
    this.list.replaceChildren(...items.map((item, index) => this.renderItem(item, index, items.length)));

    if (focusKey && focusAction) {
      const target =
        this.list.querySelector<HTMLElement>(`[data-key="${focusKey}"][data-action="${focusAction}"]:not([disabled])`) ??
        this.list.querySelector<HTMLElement>(`[data-key="${focusKey}"][data-action="toggle"]`);
      target?.focus();
    }
  }

  private renderItem(item: GlossaryItem, index: number, total: number): HTMLLIElement {
    const name = displayName(item);
    const checkboxId = `glossary-enabled-${item.key}`;
    const checkbox = h('input', {
      type: 'checkbox',
      id: checkboxId,
      checked: item.enabled,
      disabled: item.error !== undefined,
      'data-key': item.key,
      'data-action': 'toggle',
    });
    checkbox.addEventListener('change', () => this.actions.setEnabled(item.key, checkbox.checked));

    const iconButton = (action: string, label: string, path: string, disabled: boolean, run: () => void) => {
      const button = h(
        'button',
        { type: 'button', class: 'icon-button', 'aria-label': `${label} ${name}`, title: label, disabled, 'data-key': item.key, 'data-action': action },
        icon(path, 14),
      );
      button.addEventListener('click', run);
      return button;
    };

    const state = item.error ? 'error' : item.enabled ? 'on' : 'off';
    return h(
      'li',
      { class: `glossary-item glossary-${state}` },
      checkbox,
      h(
        'div',
        { class: 'glossary-main' },
        h('label', { for: checkboxId, class: 'glossary-name' }, name),
        h('div', { class: 'glossary-meta' }, describe(item)),
        item.error
          ? h('p', { class: 'glossary-error', role: 'alert' }, icon(ICONS.warning, 14), h('span', {}, item.error))
          : null,
      ),
      h(
        'div',
        { class: 'glossary-actions' },
        iconButton('up', 'Move up', ICONS.up, index === 0, () => this.actions.move(item.key, -1)),
        iconButton('down', 'Move down', ICONS.down, index === total - 1, () => this.actions.move(item.key, 1)),
        item.isUser ? null : iconButton('remove', 'Remove', ICONS.remove, false, () => this.actions.remove(item.key)),
      ),
    );
  }
}

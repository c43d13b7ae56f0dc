// The toolbar across the top. A WAI-ARIA toolbar: one Tab stop, ←/→ move between its
// controls. Buttons only dispatch commands; their state (disabled, pressed) is set by
// the app through the returned handles.
import type { CommandBus, CommandId } from '../commands';
import { exportMenuLabel, type ExportFormat } from '../files/export-formats';
import { ariaShortcut, shortcutLabel } from '../keyboard';
import { h, icon, ICONS } from './dom';
import { MenuButton } from './menu-button';

export interface ToolbarHandles {
  element: HTMLElement;
  /** Re-read the recent list (after an article opened) to enable or disable its menu. */
  refreshRecent(): Promise<void>;
  applyAll: HTMLButtonElement;
  hideUnchanged: HTMLButtonElement;
  addToGlossary: HTMLButtonElement;
  /** "Hide MT" (renderer/source/mt-pane.ts): aria-pressed while the MT pane is hidden. */
  hideMt: HTMLButtonElement;
}

export interface ToolbarActions {
  recentArticles(): Promise<string[]>;
  openRecent(path: string): void;
  exportAs(format: ExportFormat): void;
  exportFormats(): Promise<readonly ExportFormat[]>;
}

function commandButton(bus: CommandBus, command: CommandId, label: string, iconPath: string, extra: Record<string, string> = {}): HTMLButtonElement {
  const shortcut = shortcutLabel(command);
  const button = h(
    'button',
    {
      type: 'button',
      class: 'button',
      title: shortcut ? `${label} (${shortcut})` : label,
      'aria-keyshortcuts': ariaShortcut(command),
      ...extra,
    },
    icon(iconPath),
    h('span', { class: 'button-label' }, label),
  );
  button.addEventListener('click', () => bus.run(command, 'toolbar'));
  return button;
}

function separator(): HTMLElement {
  return h('div', { role: 'separator', 'aria-orientation': 'vertical', class: 'toolbar-separator' });
}

export function createToolbar(bus: CommandBus, actions: ToolbarActions): ToolbarHandles {
  const open = commandButton(bus, 'open-article', 'Open article', ICONS.open);
  const recent = new MenuButton('Recent', { className: 'button-icon-only', ariaLabel: 'Recent articles', showLabel: false }, async () => [
    ...(await actions.recentArticles()).map((path) => {
      const label = path.split(/[\\/]/).pop() ?? path;
      // The browser keeps names only; Electron's full path helps tell files apart.
      return { label, ...(label !== path ? { detail: path } : {}), run: () => actions.openRecent(path) };
    }),
    { label: 'Reopen with encoding…', separatorBefore: true, run: () => bus.run('reopen-with-encoding', 'toolbar') },
  ]);

  const refreshRecent = async () => {
    const empty = (await actions.recentArticles()).length === 0;
    recent.button.title = empty ? 'No recent articles yet; reopen with another encoding' : 'Recent articles';
  };

  const openSource = commandButton(bus, 'open-source', 'Open source', ICONS.source);
  const loadGlossary = commandButton(bus, 'load-glossary', 'Load glossary', ICONS.glossary);
  const save = commandButton(bus, 'save-work', 'Save work', ICONS.save);
  const exportMenu = new MenuButton('Export', { icon: ICONS.export, keyshortcuts: ariaShortcut('export') }, async () => [
    ...(await actions.exportFormats()).map((format) => ({
      label: exportMenuLabel(format),
      ...(format.id === 'txt' ? { detail: shortcutLabel('export') } : {}),
      run: () => actions.exportAs(format),
    })),
    {
      label: 'Copy cleaned text',
      detail: shortcutLabel('copy-cleaned-text'),
      separatorBefore: true,
      run: () => bus.run('copy-cleaned-text', 'toolbar'),
    },
  ]);

  const previous = commandButton(bus, 'previous-change', 'Previous change', ICONS.previous, { 'data-compact': '' });
  const next = commandButton(bus, 'next-change', 'Next change', ICONS.next, { 'data-compact': '' });
  const hideUnchanged = commandButton(bus, 'toggle-unchanged', 'Hide unchanged', ICONS.unchanged, { 'aria-pressed': 'false' });
  const hideMt = commandButton(bus, 'toggle-mt-pane', 'Hide MT', ICONS.hideMt, { 'aria-pressed': 'false', 'data-compact': '' });
  const addToGlossary = commandButton(bus, 'add-to-glossary', 'Add to glossary', ICONS.addTerm);
  const applyAll = commandButton(bus, 'apply-all', 'Apply all', ICONS.applyAll);
  applyAll.classList.add('primary');
  const help = commandButton(bus, 'show-help', 'Help', ICONS.help, { 'data-compact': '' });

  const brand = h('div', { class: 'brand', 'aria-hidden': 'true' }, h('span', { class: 'brand-mark' }, 'G'), h('span', { class: 'brand-name' }, 'Glossa'));
  const toolbar = h(
    'div',
    { role: 'toolbar', 'aria-label': 'Glossa', class: 'toolbar' },
    h('div', { class: 'split-button' }, open, recent.element),
    openSource,
    loadGlossary,
    save,
    exportMenu.element,
    separator(),
    previous,
    next,
    hideUnchanged,
    hideMt,
    separator(),
    addToGlossary,
    applyAll,
    h('div', { class: 'toolbar-spacer' }),
    help,
  );
  installRovingFocus(toolbar);
  return { element: h('header', { class: 'app-header' }, brand, toolbar), refreshRecent, applyAll, hideUnchanged, addToGlossary, hideMt };
}

/** One Tab stop for the whole toolbar; arrow keys move between its buttons. */
function installRovingFocus(toolbar: HTMLElement): void {
  const controls = () => Array.from(toolbar.querySelectorAll<HTMLButtonElement>(':scope button:not([role="menuitem"])')).filter((b) => !b.closest('[role="menu"]'));
  const setCurrent = (current: HTMLElement) => {
    for (const control of controls()) control.tabIndex = control === current ? 0 : -1;
  };
  queueMicrotask(() => {
    const first = controls()[0];
    if (first) setCurrent(first);
  });
  toolbar.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    if (controls().includes(target as HTMLButtonElement)) setCurrent(target);
  });
  toolbar.addEventListener('keydown', (event) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    if ((event.target as HTMLElement).closest('[role="menu"]')) return;
    const list = controls().filter((c) => !c.disabled);
    const index = list.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const nextIndex =
      event.key === 'Home' ? 0 : event.key === 'End' ? list.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : -1) + list.length) % list.length;
    list[nextIndex]?.focus();
    event.preventDefault();
  });
}

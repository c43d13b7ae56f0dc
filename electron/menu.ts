// The native menu as a template. Building it is a pure function of a few facts (platform,
// packaged or not, the recent list) so it is unit-tested without Electron; main.ts hands
// the result to Menu.buildFromTemplate. Commands the UI owns are sent to the renderer as
// typed MenuCommand events; clipboard and undo use Electron's standard roles.
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../renderer/host/host';

export interface MenuFacts {
  platform: NodeJS.Platform;
  /** Reload and DevTools exist only in development builds. */
  isPackaged: boolean;
  recent: readonly string[];
  productName: string;
}

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(filePath: string): void;
  clearRecent(): void;
  /**
   * Find belongs to the editor's own find widget, bound to Ctrl/Cmd+F in the page. The
   * menu item presses that shortcut instead of owning a second find (Electron has no
   * `find` role).
   */
  find(): void;
}

export function buildMenuTemplate(facts: MenuFacts, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = facts.platform === 'darwin';
  const send = (command: MenuCommand) => () => actions.command(command);

  const recentItems: MenuItemConstructorOptions[] = facts.recent.length === 0
    ? [{ label: 'No recent articles', enabled: false }]
    : [
        ...facts.recent.map((filePath): MenuItemConstructorOptions => ({
          // Underscores would turn into mnemonics on Linux/Windows; `&&`/`&` on Windows.
          label: path.basename(filePath).replace(/&/g, '&&'),
          sublabel: path.dirname(filePath),
          toolTip: filePath,
          click: () => actions.openRecent(filePath),
        })),
        { type: 'separator' },
        { label: 'Clear recent articles', click: () => actions.clearRecent() },
      ];

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu', label: facts.productName });

  template.push({
    label: '&File',
    submenu: [
      { label: 'Open article…', accelerator: 'CmdOrCtrl+O', click: send('open-article') },
      { label: 'Open recent', submenu: recentItems },
      { label: 'Load glossary…', accelerator: 'CmdOrCtrl+Shift+O', click: send('load-glossary') },
      { type: 'separator' },
      { label: 'Save session', accelerator: 'CmdOrCtrl+S', click: send('save-session') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  });

  template.push({
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      // Shown with its shortcut, but the key itself stays with the editor (see MenuActions.find).
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', registerAccelerator: false, click: () => actions.find() },
      { type: 'separator' },
      { label: 'Apply all suggestions', accelerator: 'CmdOrCtrl+Shift+A', click: send('apply-all') },
      { label: 'Add selection to glossary…', accelerator: 'CmdOrCtrl+Shift+G', click: send('add-to-glossary') },
    ],
  });

  const viewItems: MenuItemConstructorOptions[] = [
    { label: 'Show/hide unchanged text', accelerator: 'CmdOrCtrl+Shift+U', click: send('toggle-unchanged') },
    { label: 'Next change', accelerator: 'F7', click: send('next-change') },
    { label: 'Previous change', accelerator: 'Shift+F7', click: send('previous-change') },
  ];
  if (!facts.isPackaged) {
    viewItems.push({ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' });
  }
  viewItems.push(
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  );
  template.push({ label: '&View', submenu: viewItems });

  if (isMac) template.push({ role: 'windowMenu' });

  template.push({
    role: 'help',
    label: '&Help',
    submenu: [{ label: 'Keyboard shortcuts', accelerator: 'F1', click: send('show-help') }],
  });
  return template;
}

/** Every accelerator in a template, depth-first (used by tests to catch clashes). */
export function collectAccelerators(items: readonly MenuItemConstructorOptions[]): string[] {
  const result: string[] = [];
  for (const item of items) {
    if (item.accelerator) result.push(item.accelerator);
    if (Array.isArray(item.submenu)) result.push(...collectAccelerators(item.submenu));
  }
  return result;
}

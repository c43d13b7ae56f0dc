// The native menu as a template. Building it is a pure function of a few facts (platform,
// packaged or not, the recent list) so it is unit-tested without Electron; main.ts hands
// the result to Menu.buildFromTemplate. Commands the UI owns are sent to the renderer as
// typed MenuCommand events; clipboard and undo use Electron's standard roles.
//
// Keys: the renderer already handles every UI shortcut itself (renderer/keyboard.ts, the
// same in the browser edition), so those items show their shortcut but do not register
// it (`registerAccelerator: false`): one owner per key, never a command run twice. The
// accelerator shown comes from the same table the renderer reads (shared/commands.ts).
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, type MenuCommand } from '../shared/commands';

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
  /** A UI command whose key the renderer handles; the menu only shows the shortcut. */
  const uiCommand = (label: string, command: MenuCommand): MenuItemConstructorOptions => {
    const accelerator = acceleratorOf(command);
    return {
      // The id lets tests (and Menu.getMenuItemById) find the item by its command.
      id: command,
      label,
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
      click: send(command),
    };
  };

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
      uiCommand('Open article…', 'open-article'),
      { label: 'Open recent', submenu: recentItems },
      uiCommand('Reopen with encoding…', 'reopen-with-encoding'),
      uiCommand('Open source…', 'open-source'),
      uiCommand('Close source', 'close-source'),
      uiCommand('Load glossary…', 'load-glossary'),
      { type: 'separator' },
      uiCommand('Save work', 'save-work'),
      uiCommand('Export…', 'export'),
      uiCommand('Copy cleaned text', 'copy-cleaned-text'),
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
      uiCommand('Apply all suggestions', 'apply-all'),
      uiCommand('Add selection to glossary…', 'add-to-glossary'),
      uiCommand('Confirm paragraph', 'confirm-paragraph'),
      uiCommand('Glossary manager…', 'glossary-manager'),
    ],
  });

  const viewItems: MenuItemConstructorOptions[] = [
    uiCommand('Hide/show unchanged paragraphs', 'toggle-unchanged'),
    uiCommand('Hide/show machine translation pane', 'toggle-mt-pane'),
    uiCommand('Next change', 'next-change'),
    uiCommand('Previous change', 'previous-change'),
    uiCommand('Go to line or paragraph…', 'go-to'),
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
    submenu: [uiCommand('Keyboard shortcuts', 'show-help'), uiCommand('Sample articles…', 'show-samples')],
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

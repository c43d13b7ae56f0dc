import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, collectAccelerators, type MenuActions } from '../../electron/menu';
import { acceleratorOf, isMenuCommand, MENU_COMMANDS } from '../../shared/commands';
import { windowTitle } from '../../electron/window-title';

const actions = (): MenuActions => ({ command: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), find: vi.fn() });

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function byLabel(items: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = flatten(items).find((item) => item.label === label);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('menu template', () => {
  const facts = { platform: 'linux' as const, isPackaged: true, recent: [], productName: 'Glossa' };

  it('has no accelerator twice', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const accelerators = collectAccelerators(buildMenuTemplate({ ...facts, platform, isPackaged: false }, actions()));
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
  });

  it('sends the expected command for each item', () => {
    const spy = actions();
    const template = buildMenuTemplate(facts, spy);
    const expected: [string, string, string | undefined][] = [
      ['Open article…', 'open-article', 'CmdOrCtrl+O'],
      ['Reopen with encoding…', 'reopen-with-encoding', undefined],
      ['Load glossary…', 'load-glossary', 'CmdOrCtrl+Shift+O'],
      ['Save work', 'save-work', 'CmdOrCtrl+S'],
      ['Export…', 'export', 'CmdOrCtrl+E'],
      ['Copy cleaned text', 'copy-cleaned-text', 'CmdOrCtrl+Shift+C'],
      ['Next change', 'next-change', 'F7'],
      ['Previous change', 'previous-change', 'Shift+F7'],
      ['Hide/show unchanged paragraphs', 'toggle-unchanged', 'CmdOrCtrl+Shift+H'],
      ['Apply all suggestions', 'apply-all', 'CmdOrCtrl+Shift+Enter'],
      ['Add selection to glossary…', 'add-to-glossary', 'CmdOrCtrl+Shift+A'],
      ['Keyboard shortcuts', 'show-help', 'F1'],
    ];
    for (const [label, command, accelerator] of expected) {
      const item = byLabel(template, label);
      expect(item.accelerator, label).toBe(accelerator);
      // The renderer owns the key; registering it too could run the command twice.
      if (accelerator) expect(item.registerAccelerator, label).toBe(false);
      click(item);
      expect(spy.command).toHaveBeenLastCalledWith(command);
    }
  });

  it('shows the key the window answers to: every accelerator comes from the shared shortcut table', () => {
    const items = flatten(buildMenuTemplate(facts, actions())).filter((item) => isMenuCommand(item.id));
    for (const item of items) expect(item.accelerator, item.id).toBe(acceleratorOf(item.id as (typeof MENU_COMMANDS)[number]));
    // Every menu command has an item (the window's own commands need none).
    expect(new Set(items.map((item) => item.id))).toEqual(new Set(MENU_COMMANDS));
  });

  it('uses standard roles for editing', () => {
    const roles = flatten(buildMenuTemplate(facts, actions())).map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'] as const) expect(roles).toContain(role);
  });

  it('offers reload and DevTools only in development', () => {
    const roles = (isPackaged: boolean) => flatten(buildMenuTemplate({ ...facts, isPackaged }, actions())).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(false)).toContain('reload');
  });

  it('lists recent articles and opens the one clicked', () => {
    const spy = actions();
    const template = buildMenuTemplate({ ...facts, recent: ['/docs/a.txt', '/docs/R&D.md'] }, spy);
    click(byLabel(template, 'a.txt'));
    expect(spy.openRecent).toHaveBeenCalledWith('/docs/a.txt');
    expect(byLabel(template, 'R&&D.md').toolTip).toBe('/docs/R&D.md');
    click(byLabel(template, 'Clear recent articles'));
    expect(spy.clearRecent).toHaveBeenCalled();
  });

  it('shows a disabled placeholder without recent articles', () => {
    expect(byLabel(buildMenuTemplate(facts, actions()), 'No recent articles').enabled).toBe(false);
  });

  it('leaves Ctrl+F to the editor and adds the macOS app menu only on macOS', () => {
    const find = byLabel(buildMenuTemplate(facts, actions()), 'Find…');
    expect(find.registerAccelerator).toBe(false);
    expect(buildMenuTemplate(facts, actions())[0]?.role).toBeUndefined();
    expect(buildMenuTemplate({ ...facts, platform: 'darwin' }, actions())[0]?.role).toBe('appMenu');
  });
});

describe('window title', () => {
  it('marks unsaved work in the title except on macOS, which has its own dot', () => {
    expect(windowTitle('a.txt — Glossa', true, 'linux')).toBe('● a.txt — Glossa');
    expect(windowTitle('a.txt — Glossa', true, 'win32')).toBe('● a.txt — Glossa');
    expect(windowTitle('a.txt — Glossa', true, 'darwin')).toBe('a.txt — Glossa');
    expect(windowTitle('a.txt — Glossa', false, 'linux')).toBe('a.txt — Glossa');
    expect(windowTitle('  ', false, 'linux')).toBe('Glossa');
  });
});

// Keyboard shortcuts: the key handler and the Help dialog read the one table in
// shared/commands.ts, which the native menu's accelerators come from too.
// Listened for in the capture phase so they work wherever focus is, including inside
// Monaco, which would otherwise take keys such as F7 or Ctrl+E for itself.
import { ariaShortcutOf, describeShortcut as describeFor, SHORTCUTS, shortcutOf, type Shortcut } from '../shared/commands';
import type { CommandBus, CommandId } from './commands';

export { SHORTCUTS, type Shortcut };

export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** "Ctrl+Shift+O" (or "⌘⇧O" on a Mac), for labels and the Help dialog. */
export function describeShortcut(shortcut: Shortcut): string {
  return describeFor(shortcut, IS_MAC);
}

/** The value for aria-keyshortcuts, e.g. "Control+Shift+O". */
export function ariaShortcut(command: CommandId): string | undefined {
  const shortcut = shortcutOf(command);
  return shortcut ? ariaShortcutOf(shortcut, IS_MAC) : undefined;
}

export function shortcutLabel(command: CommandId): string {
  const shortcut = shortcutOf(command);
  return shortcut ? describeShortcut(shortcut) : '';
}

function matches(shortcut: Shortcut, event: KeyboardEvent): boolean {
  const mod = IS_MAC ? event.metaKey : event.ctrlKey;
  if (Boolean(shortcut.mod) !== mod) return false;
  if (Boolean(shortcut.shift) !== event.shiftKey || Boolean(shortcut.alt) !== event.altKey) return false;
  return event.key.toLowerCase() === shortcut.key.toLowerCase();
}

function isInText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, .monaco-editor') !== null;
}

/**
 * A part of the window that answers some shortcuts itself while focus is inside it (a
 * list undoing its own decisions with Ctrl+Z, keeping focus where the user is) names
 * their commands in `data-own-shortcuts`, e.g. `data-own-shortcuts="undo redo"`; the
 * window then leaves those keys to it.
 */
export const OWN_SHORTCUTS_ATTRIBUTE = 'data-own-shortcuts';

function ownedByFocus(target: EventTarget | null, command: CommandId): boolean {
  if (!(target instanceof Element)) return false;
  const owner = target.closest(`[${OWN_SHORTCUTS_ATTRIBUTE}]`);
  return owner?.getAttribute(OWN_SHORTCUTS_ATTRIBUTE)?.split(/\s+/).includes(command) ?? false;
}

export function installShortcuts(bus: CommandBus, isBlocked: () => boolean): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.defaultPrevented || event.isComposing) return;
      const shortcut = SHORTCUTS.find((s) => matches(s, event));
      if (!shortcut) return;
      if (shortcut.outsideText && isInText(event.target)) return;
      if (ownedByFocus(event.target, shortcut.command)) return;
      // A modal dialog owns the keyboard until it closes.
      if (isBlocked()) return;
      event.preventDefault();
      event.stopPropagation();
      bus.run(shortcut.command, 'keyboard');
    },
    { capture: true },
  );
}

// Keyboard shortcuts, one table for both the key handler and the Help dialog.
// Listened for in the capture phase so they work wherever focus is, including inside
// Monaco, which would otherwise take keys such as F7 or Ctrl+E for itself.
import type { CommandBus, CommandId } from './commands';

export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

export interface Shortcut {
  command: CommandId;
  /** What the action does, for the Help dialog. */
  description: string;
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Only when focus is not in a text field or the editor (e.g. undo for buttons). */
  outsideText?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'open-article', description: 'Open an article', key: 'o', mod: true },
  { command: 'load-glossary', description: 'Load glossaries', key: 'o', mod: true, shift: true },
  { command: 'save-session', description: 'Save the session', key: 's', mod: true },
  { command: 'export', description: 'Export the cleaned text (.txt)', key: 'e', mod: true },
  { command: 'copy-cleaned-text', description: 'Copy the cleaned text to the clipboard', key: 'c', mod: true, shift: true },
  { command: 'apply-all', description: 'Apply all suggestions (one undo step)', key: 'Enter', mod: true, shift: true },
  { command: 'apply-suggestion', description: 'Apply the suggestion at the cursor', key: 'Enter', alt: true },
  { command: 'next-suggestion', description: 'Next suggestion', key: 'F8' },
  { command: 'previous-suggestion', description: 'Previous suggestion', key: 'F8', shift: true },
  { command: 'next-change', description: 'Next change against the MT', key: 'F7' },
  { command: 'previous-change', description: 'Previous change against the MT', key: 'F7', shift: true },
  { command: 'toggle-unchanged', description: 'Hide or show unchanged paragraphs', key: 'h', mod: true, shift: true },
  { command: 'add-to-glossary', description: 'Add the selected text to my glossary', key: 'a', mod: true, shift: true },
  { command: 'next-region', description: 'Move focus to the next area', key: 'F6' },
  { command: 'previous-region', description: 'Move focus to the previous area', key: 'F6', shift: true },
  { command: 'undo', description: 'Undo in the post-edit', key: 'z', mod: true, outsideText: true },
  { command: 'redo', description: 'Redo in the post-edit', key: 'z', mod: true, shift: true, outsideText: true },
  { command: 'redo', description: 'Redo in the post-edit', key: 'y', mod: true, outsideText: true },
  { command: 'show-help', description: 'Keyboard shortcuts', key: 'F1' },
];

function keyName(key: string): string {
  if (key.length === 1) return key.toUpperCase();
  return key;
}

/** "Ctrl+Shift+O" (or "⌘⇧O" on a Mac), for labels and the Help dialog. */
export function describeShortcut(shortcut: Shortcut): string {
  if (IS_MAC) {
    return `${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${shortcut.mod ? '⌘' : ''}${keyName(shortcut.key)}`;
  }
  const parts = [shortcut.mod && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', keyName(shortcut.key)];
  return parts.filter(Boolean).join('+');
}

/** The value for aria-keyshortcuts, e.g. "Control+Shift+O". */
export function ariaShortcut(command: CommandId): string | undefined {
  const shortcut = SHORTCUTS.find((s) => s.command === command);
  if (!shortcut) return undefined;
  const parts = [shortcut.mod && (IS_MAC ? 'Meta' : 'Control'), shortcut.alt && 'Alt', shortcut.shift && 'Shift', keyName(shortcut.key)];
  return parts.filter(Boolean).join('+');
}

export function shortcutLabel(command: CommandId): string {
  const shortcut = SHORTCUTS.find((s) => s.command === command);
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

export function installShortcuts(bus: CommandBus, isBlocked: () => boolean): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.defaultPrevented || event.isComposing) return;
      const shortcut = SHORTCUTS.find((s) => matches(s, event));
      if (!shortcut) return;
      if (shortcut.outsideText && isInText(event.target)) return;
      // A modal dialog owns the keyboard until it closes.
      if (isBlocked()) return;
      event.preventDefault();
      event.stopPropagation();
      bus.run(shortcut.command, 'keyboard');
    },
    { capture: true },
  );
}

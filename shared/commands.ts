// Every user action of the window has a command id, and every key that runs one is in
// SHORTCUTS below: the renderer's key handler and Help dialog (renderer/keyboard.ts) and
// the native menu's accelerator labels (electron/menu.ts) both read this one table, so a
// key shown in the menu is the key the window answers to.
//
// Adding a command: add its id to MENU_COMMANDS (when the native menu or the main process
// may send it) or to WINDOW_ONLY_COMMANDS, give it a shortcut here if it has one, register
// its handler in renderer/app.ts, and (menu commands) an item in electron/menu.ts.
// Pure: no Electron, DOM or Node import.

/** Commands the native menu sends to the window (validated on the IPC event). */
export const MENU_COMMANDS = [
  'open-article',
  'reopen-with-encoding',
  'load-glossary',
  'save-work',
  'export',
  'copy-cleaned-text',
  'apply-all',
  'next-change',
  'previous-change',
  'toggle-unchanged',
  'add-to-glossary',
  'show-help',
  'go-to',
  'confirm-paragraph',
  // Post-editing against the source (renderer/source) and the bundled samples.
  'open-source',
  'close-source',
  'toggle-mt-pane',
  'show-samples',
  // Glossary manager (issue 13 §1).
  'glossary-manager',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Commands only the window itself runs (keys, toolbar, lists). */
export const WINDOW_ONLY_COMMANDS = [
  'apply-suggestion',
  'next-suggestion',
  'previous-suggestion',
  'undo',
  'redo',
  'next-region',
  'previous-region',
  // Spell-check (renderer/spell): the suggestions menu of the word at the cursor.
  'spelling-suggestions',
] as const;

export type CommandId = MenuCommand | (typeof WINDOW_ONLY_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export interface Shortcut {
  command: CommandId;
  /** What the action does, for the Help dialog. */
  description: string;
  /** KeyboardEvent.key, compared case-insensitively ('o', 'Enter', 'F7'). */
  key: string;
  /** Ctrl, or ⌘ on a Mac. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Only when focus is not in a text field or the editor (e.g. undo for buttons). */
  outsideText?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'open-article', description: 'Open an article or a .glossa work file', key: 'o', mod: true },
  { command: 'load-glossary', description: 'Load glossaries', key: 'o', mod: true, shift: true },
  { command: 'save-work', description: 'Save the work on this article as a .glossa file', key: 's', mod: true },
  { command: 'export', description: 'Export the cleaned text (.txt)', key: 'e', mod: true },
  { command: 'copy-cleaned-text', description: 'Copy the cleaned text to the clipboard', key: 'c', mod: true, shift: true },
  { command: 'apply-all', description: 'Apply all suggestions (one undo step)', key: 'Enter', mod: true, shift: true },
  { command: 'apply-suggestion', description: 'Apply the suggestion at the cursor', key: 'Enter', alt: true },
  { command: 'next-suggestion', description: 'Next suggestion', key: 'F8' },
  { command: 'previous-suggestion', description: 'Previous suggestion', key: 'F8', shift: true },
  { command: 'next-change', description: 'Next change against the MT: its words selected, the MT words shown', key: 'F7' },
  { command: 'previous-change', description: 'Previous change against the MT', key: 'F7', shift: true },
  { command: 'go-to', description: 'Go to a line (12), line and column (12:5) or paragraph (¶12)', key: 'g', mod: true },
  { command: 'confirm-paragraph', description: 'Confirm the paragraph at the cursor and go to the next unconfirmed one', key: 'Enter', mod: true },
  { command: 'toggle-unchanged', description: 'Hide or show unchanged paragraphs', key: 'h', mod: true, shift: true },
  { command: 'add-to-glossary', description: 'Add the selected text to my glossary', key: 'a', mod: true, shift: true },
  { command: 'next-region', description: 'Move focus to the next area', key: 'F6' },
  { command: 'previous-region', description: 'Move focus to the previous area', key: 'F6', shift: true },
  { command: 'undo', description: 'Undo in the post-edit', key: 'z', mod: true, outsideText: true },
  { command: 'redo', description: 'Redo in the post-edit', key: 'z', mod: true, shift: true, outsideText: true },
  { command: 'redo', description: 'Redo in the post-edit', key: 'y', mod: true, outsideText: true },
  { command: 'show-help', description: 'Keyboard shortcuts', key: 'F1' },
  { command: 'open-source', description: 'Open the source (original) of this article', key: 'o', mod: true, alt: true },
  { command: 'toggle-mt-pane', description: 'Hide or show the machine translation pane', key: 'm', mod: true, alt: true },
  { command: 'spelling-suggestions', description: 'Spelling suggestions for the word at the cursor', key: '.', mod: true },
  // Glossary manager (issue 13 §1).
  { command: 'glossary-manager', description: 'Glossary manager: every entry, searchable and editable', key: 'g', mod: true, shift: true },
];

/**
 * Keys the post-edit editor answers itself (not commands): listed in the Help dialog and
 * the README with the shortcuts above.
 */
export const EDITOR_KEYS: ReadonlyArray<{ keys: string; macKeys?: string; description: string }> = [
  { keys: 'Tab / Shift+Tab', description: 'Move focus to the next / previous control (Tab never types a tab into the post-edit)' },
  { keys: 'Ctrl+K, then Tab', macKeys: '⌘K, then Tab', description: 'Type a tab character at the cursor (a selection is kept, never replaced)' },
];

/** The first (main) shortcut of a command, if it has one. */
export function shortcutOf(command: CommandId): Shortcut | undefined {
  return SHORTCUTS.find((shortcut) => shortcut.command === command);
}

function keyName(key: string): string {
  return key.length === 1 ? key.toUpperCase() : key;
}

/** "Ctrl+Shift+O", or "⌥⇧⌘O" on a Mac: for labels and the Help dialog. */
export function describeShortcut(shortcut: Shortcut, mac: boolean): string {
  if (mac) return `${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${shortcut.mod ? '⌘' : ''}${keyName(shortcut.key)}`;
  return [shortcut.mod && 'Ctrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', keyName(shortcut.key)].filter(Boolean).join('+');
}

/** The aria-keyshortcuts value, e.g. "Control+Shift+O". */
export function ariaShortcutOf(shortcut: Shortcut, mac: boolean): string {
  return [shortcut.mod && (mac ? 'Meta' : 'Control'), shortcut.alt && 'Alt', shortcut.shift && 'Shift', keyName(shortcut.key)]
    .filter(Boolean)
    .join('+');
}

/** Electron's accelerator for a command's shortcut ("CmdOrCtrl+Shift+Enter"), if any. */
export function acceleratorOf(command: CommandId): string | undefined {
  const shortcut = shortcutOf(command);
  if (!shortcut) return undefined;
  return [shortcut.mod && 'CmdOrCtrl', shortcut.alt && 'Alt', shortcut.shift && 'Shift', keyName(shortcut.key)].filter(Boolean).join('+');
}

// Lists every keyboard shortcut from the same table the key handler uses.
import { KEPT_ARTICLE_WORKS } from '../../shared/work';
import { EDITOR_KEYS } from '../../shared/commands';
import { IS_MAC, SHORTCUTS, describeShortcut } from '../keyboard';
import { h } from '../ui/dom';
import { showModal } from './modal';

const LIST_KEYS: Array<[string, string]> = [
  ['↑ / ↓', 'Move between suggestions'],
  ['Enter', 'Apply the focused suggestion'],
  ['Delete', 'Skip the focused suggestion'],
  ['Space', 'Show the focused suggestion in the editor'],
];

const SPELLING_KEYS: Array<[string, string]> = [
  ['↑ / ↓', 'Move between the suggestions and actions'],
  ['Enter', 'Replace the word, add it to your dictionary, or ignore it in this article'],
  ['Escape', 'Close the menu, back to the post-edit'],
];

const QA_KEYS: Array<[string, string]> = [
  ['↑ / ↓', 'Move between issues, each shown in the editor'],
  ['Enter', 'Go to the focused issue, its text selected'],
  ['Space', 'Show the focused issue without leaving the list'],
];

function table(caption: string, rows: Array<[string, string]>): HTMLTableElement {
  return h(
    'table',
    { class: 'shortcut-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Keys'), h('th', { scope: 'col' }, 'Action'))),
    h('tbody', {}, ...rows.map(([keys, action]) => h('tr', {}, h('td', {}, h('kbd', {}, keys)), h('td', {}, action)))),
  );
}

/** `workLocation`: where the host keeps the autosaves (Host.workLocation);
 *  `openSamples`: the Sample articles dialog, offered from here too. */
export async function showHelp(workLocation?: string, openSamples?: () => void): Promise<void> {
  const global = SHORTCUTS.map((s): [string, string] => [describeShortcut(s), s.description]);
  const body = h(
    'div',
    // Scrolls: a Tab stop of its own, so the keyboard can scroll it (axe: scrollable-region-focusable).
    { class: 'help-body', tabindex: '0', role: 'region', 'aria-label': 'Shortcuts and notes' },
    table('Everywhere', global),
    table('In the post-edit', EDITOR_KEYS.map((key): [string, string] => [(IS_MAC && key.macKeys) || key.keys, key.description])),
    table('In the suggestions list', LIST_KEYS),
    table('In the quality checks list', QA_KEYS),
    table('In the spelling menu (a misspelt word: right-click it, or put the cursor on it and press Ctrl+.)', SPELLING_KEYS),
    h(
      'p',
      { class: 'help-note' },
      'In the editor, Ctrl+Z and Ctrl+Y undo and redo; Ctrl+F finds, Ctrl+H replaces. ',
      'Drop a .txt or .md file (or a .glossa work file) on the window to open it, or a glossary to load it.',
    ),
    h(
      'p',
      { class: 'help-note help-source' },
      'With the original text beside the MT (Open source, or a file named like the article with its language, such as kremlin-kerry.ru.txt, dropped on the window or lying beside the article), the window shows source, MT and post-edit aligned paragraph by paragraph, and the checks compare numbers and glossary terms with the source. Hide MT shows source | post-edit only.',
    ),
    h(
      'p',
      { class: 'help-note help-autosave' },
      `Your work on each article (the post-edit, applied and skipped suggestions, glossaries in use, editing time) is saved automatically a second after you stop typing, and comes back whenever you open that article again. Autosaves are kept for the ${KEPT_ARTICLE_WORKS} articles you worked on most recently`,
      workLocation ? `, in ${workLocation}.` : '.',
      ' Ctrl+S saves the work as a .glossa file beside the article, which you can move and reopen anywhere (Open, Recent or drag and drop).',
    ),
  );
  const chosen = await showModal<'samples' | undefined>({
    title: 'Keyboard shortcuts and your work',
    body,
    buttons: [
      ...(openSamples ? [{ label: 'Sample articles…', value: 'samples' as const }] : []),
      { label: 'Close', value: undefined, primary: true },
    ],
    dismissValue: undefined,
    className: 'modal-wide',
  });
  if (chosen === 'samples') openSamples?.();
}

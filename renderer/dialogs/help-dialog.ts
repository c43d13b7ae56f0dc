// Lists every keyboard shortcut from the same table the key handler uses.
import { SHORTCUTS, describeShortcut } from '../keyboard';
import { h } from '../ui/dom';
import { showModal } from './modal';

const LIST_KEYS: Array<[string, string]> = [
  ['↑ / ↓', 'Move between suggestions'],
  ['Enter', 'Apply the focused suggestion'],
  ['Delete', 'Skip the focused suggestion'],
  ['Space', 'Show the focused suggestion in the editor'],
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

export function showHelp(): Promise<void> {
  const global = SHORTCUTS.map((s): [string, string] => [describeShortcut(s), s.description]);
  const body = h(
    'div',
    { class: 'help-body' },
    table('Everywhere', global),
    table('In the suggestions list', LIST_KEYS),
    table('In the quality checks list', QA_KEYS),
    h(
      'p',
      { class: 'help-note' },
      'In the editor, Ctrl+Z and Ctrl+Y undo and redo; Ctrl+F finds, Ctrl+H replaces. ',
      'Drop a .txt or .md file on the window to open it, or a glossary to load it.',
    ),
  );
  return showModal<void>({
    title: 'Keyboard shortcuts',
    body,
    buttons: [{ label: 'Close', value: undefined, primary: true }],
    dismissValue: undefined,
    className: 'modal-wide',
  });
}

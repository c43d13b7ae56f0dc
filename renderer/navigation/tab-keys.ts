// The post-edit's Tab key: with Monaco's tabFocusMode (diff-view.ts) Tab and Shift+Tab
// move focus; a real tab character is typed with the chord Ctrl+K, Tab (⌘K, Tab on a
// Mac), inserted at the caret. A selection stays as it was: no chord replaces words with
// a tab. Ctrl+Q, the usual "quoted insert", is Quit in Electron's Linux menu.
import { monaco } from '../editor/monaco';

export function installTabKeys(editor: monaco.editor.ICodeEditor): void {
  // Standalone Monaco builds every inner editor of the diff editor as a StandaloneCodeEditor.
  const standalone = editor as monaco.editor.IStandaloneCodeEditor;
  standalone.addCommand(monaco.KeyMod.chord(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyK, monaco.KeyCode.Tab), () => insertTab(editor));
}

function insertTab(editor: monaco.editor.ICodeEditor): void {
  const position = editor.getPosition();
  if (!position || editor.getOption(monaco.editor.EditorOption.readOnly)) return;
  const at = new monaco.Range(position.lineNumber, position.column, position.lineNumber, position.column);
  editor.pushUndoStop();
  editor.executeEdits('glossa.insert-tab', [{ range: at, text: '\t', forceMoveMarkers: true }], [
    new monaco.Selection(position.lineNumber, position.column + 1, position.lineNumber, position.column + 1),
  ]);
  editor.pushUndoStop();
}

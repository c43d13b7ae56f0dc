// Monaco, trimmed: the bare editor API (≈3 MB instead of 14 MB with every language) plus
// only the contributions a prose editor needs. Everything else in the renderer imports
// Monaco from here so the feature list and worker wiring live in one place.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codicon/register'; // icons in the diff gutter and widgets
import 'monaco-editor/features/diffEditor/register'; // accessible diff viewer, revert hunk
import 'monaco-editor/features/hover/register'; // glossary notes on hover
import 'monaco-editor/features/find/register'; // Ctrl+F / Ctrl+H in the post-edit
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/wordOperations/register'; // Ctrl+←/→, Ctrl+Backspace
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/readOnlyMessage/register'; // "cannot edit" on the MT side
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// The diff is computed in Monaco's own worker. Built by Vite as a file, so the CSP's
// worker-src 'self' covers it.
self.MonacoEnvironment = {
  getWorker: () => new EditorWorker({ name: 'monaco-editor' }),
};

export { monaco };

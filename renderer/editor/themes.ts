// Monaco themes tuned for prose: whole-paragraph tints stay faint so the changed words
// (character highlights) carry the diff. Light by default; dark follows the OS setting.
import { monaco } from './monaco';

const LIGHT: monaco.editor.IStandaloneThemeData = {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#ffffff',
    'editorLineNumber.foreground': '#646f7e',
    'editorLineNumber.activeForeground': '#4b5563',
    'editor.lineHighlightBackground': '#f6f8fb',
    'editor.lineHighlightBorder': '#00000000',
    'editor.selectionBackground': '#c9dafc',
    'diffEditor.insertedLineBackground': '#16a34a0d',
    'diffEditor.removedLineBackground': '#dc26260d',
    'diffEditor.insertedTextBackground': '#16a34a33',
    'diffEditor.removedTextBackground': '#dc262633',
    'diffEditorGutter.insertedLineBackground': '#16a34a1f',
    'diffEditorGutter.removedLineBackground': '#dc26261f',
    'diffEditor.diagonalFill': '#0f172a12',
    'diffEditor.unchangedRegionBackground': '#f4f5f7',
    'diffEditor.unchangedRegionForeground': '#5f6b7a',
    'editorOverviewRuler.border': '#00000000',
    'scrollbarSlider.background': '#64748b33',
    'scrollbarSlider.hoverBackground': '#64748b55',
  },
};

const DARK: monaco.editor.IStandaloneThemeData = {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#1d2027',
    'editorLineNumber.foreground': '#8b93a3',
    'editor.lineHighlightBackground': '#242831',
    'diffEditor.insertedLineBackground': '#22c55e12',
    'diffEditor.removedLineBackground': '#ef444412',
    'diffEditor.insertedTextBackground': '#22c55e40',
    'diffEditor.removedTextBackground': '#ef444440',
    'diffEditor.diagonalFill': '#ffffff14',
    'diffEditor.unchangedRegionBackground': '#16181d',
  },
};

export function installThemes(): void {
  monaco.editor.defineTheme('glossa-light', LIGHT);
  monaco.editor.defineTheme('glossa-dark', DARK);
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => monaco.editor.setTheme(dark.matches ? 'glossa-dark' : 'glossa-light');
  apply();
  dark.addEventListener('change', apply);
}

// The source pane: the article's original, read-only, in a third editor to the left of
// the diff (MT | post-edit), with its own title row (name, language, Close) and a
// splitter to share the width with the diff. Hidden while the article has no source: the
// window is then exactly the two-pane diff it always was. Lining the panes up and the
// current paragraph are pane-alignment.ts's job; this module owns the editor and layout.
import type { DiffView } from '../editor/diff-view';
import { PROSE_FONT } from '../editor/diff-view';
import { monaco } from '../editor/monaco';
import type { Layout } from '../layout';
import { h, icon, ICONS } from '../ui/dom';
import '../styles/source.css';

type TextModel = monaco.editor.ITextModel;

/** The source column's share of the editor area, as a fraction (splitter-adjustable):
 *  a third beside MT | post-edit, half beside the post-edit alone (Hide MT pane). */
const DEFAULT_SHARES = { withMt: 0.34, withoutMt: 0.5 };
const MIN_SHARE = 0.15;
const MAX_SHARE = 0.6;

export interface SourcePaneActions {
  /** The title row's Close button. */
  close(): void;
}

export interface ShownSource {
  name: string;
  /** The language in words ("Russian"), once detected. */
  languageName?: string;
  text: string;
}

export class SourcePane {
  readonly editor: monaco.editor.IStandaloneCodeEditor;
  readonly column: HTMLElement;
  readonly model: TextModel;
  private readonly title: HTMLElement;
  private readonly language: HTMLElement;
  private readonly splitter: HTMLElement;
  private readonly listeners = new Set<(shown: boolean) => void>();
  private readonly shares = { ...DEFAULT_SHARES };
  private mtHidden = false;

  constructor(private readonly layout: Layout, diffView: DiffView, actions: SourcePaneActions) {
    this.title = h('span', { class: 'pane-title source-title' }, 'Source');
    this.language = h('span', { class: 'pane-badge source-language', hidden: true });
    const close = h('button', { type: 'button', class: 'icon-button source-close', title: 'Close the source', 'aria-label': 'Close the source' }, icon(ICONS.remove, 14));
    close.addEventListener('click', () => actions.close());
    const header = h('div', { class: 'pane-header source-header' }, this.title, this.language, h('span', { class: 'pane-badge' }, 'read-only'), close);
    const host = h('div', { class: 'source-host' });
    this.column = h('section', { class: 'source-column', 'aria-label': 'Source', hidden: true }, header, host);

    // The diff and its title row move into a column of their own, beside the source's.
    const diffColumn = h('div', { class: 'diff-column' }, layout.paneHeaders.container, layout.diffHost);
    const splitter = (this.splitter = h('div', {
      class: 'source-splitter',
      role: 'separator',
      'aria-orientation': 'vertical',
      'aria-label': 'Resize the source pane',
      'aria-valuemin': Math.round(MIN_SHARE * 100),
      'aria-valuemax': Math.round(MAX_SHARE * 100),
      tabindex: '0',
      hidden: true,
    }));
    layout.editorArea.classList.add('with-source-column');
    layout.editorArea.append(this.column, splitter, diffColumn);
    this.installSplitter(splitter);

    this.model = monaco.editor.createModel('', 'plaintext');
    this.editor = monaco.editor.create(host, {
      model: this.model,
      readOnly: true,
      domReadOnly: true,
      ariaLabel: 'Source (read-only)',
      automaticLayout: true,
      wordWrap: 'on',
      wrappingStrategy: 'advanced',
      wrappingIndent: 'none',
      fontFamily: PROSE_FONT,
      fontSize: 14,
      lineHeight: 23,
      letterSpacing: 0,
      lineNumbers: 'on',
      lineNumbersMinChars: 3,
      lineDecorationsWidth: 6,
      glyphMargin: false,
      folding: false,
      minimap: { enabled: false },
      // The post-edit decides where the panes are: the source may need room past its end.
      scrollBeyondLastLine: true,
      padding: { top: 10, bottom: 10 },
      renderLineHighlight: 'none',
      occurrencesHighlight: 'off',
      selectionHighlight: false,
      matchBrackets: 'never',
      links: false,
      quickSuggestions: false,
      stickyScroll: { enabled: false },
      scrollbar: { verticalScrollbarSize: 12, horizontalScrollbarSize: 12 },
      overviewRulerLanes: 0,
      fixedOverflowWidgets: true,
      contextmenu: true,
    });
    // Same font and wrapping as the diff's panes, whatever it switches to for long texts.
    diffView.onDidSetModel(() => {
      const strategy = diffView.modified.getOption(monaco.editor.EditorOption.wrappingStrategy);
      this.editor.updateOptions({ wrappingStrategy: strategy });
    });
  }

  get isShown(): boolean {
    return !this.column.hidden;
  }

  /** Show a source (or none: the pane goes away and the diff takes the whole width). */
  show(source: ShownSource | undefined): void {
    const wasShown = this.isShown;
    if (source) {
      if (this.model.getValue() !== source.text) this.model.setValue(source.text);
      this.title.textContent = `Source · ${source.name}`;
      this.title.title = source.name;
      this.language.textContent = source.languageName ?? '';
      this.language.hidden = !source.languageName;
    } else {
      this.model.setValue('');
    }
    this.column.hidden = !source;
    this.splitter.hidden = !source;
    this.layout.editorArea.classList.toggle('has-source', Boolean(source));
    this.applyShare();
    if (wasShown !== Boolean(source)) for (const listener of this.listeners) listener(Boolean(source));
  }

  /** The MT pane was hidden or shown: the source takes its share for that layout. */
  setMtHidden(hidden: boolean): void {
    this.mtHidden = hidden;
    this.applyShare();
  }

  private get share(): number {
    return this.mtHidden ? this.shares.withoutMt : this.shares.withMt;
  }

  /** Called when the pane appears or goes away. */
  onDidToggle(listener: (shown: boolean) => void): void {
    this.listeners.add(listener);
  }

  /** Select a span of the source and bring it into view. */
  revealOffsets(start: number, end: number): monaco.Range {
    const from = this.model.getPositionAt(start);
    const to = this.model.getPositionAt(end);
    const range = new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
    this.editor.setSelection(range);
    this.editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
    return range;
  }

  private applyShare(): void {
    this.layout.editorArea.style.setProperty('--source-share', `${(this.share * 100).toFixed(2)}%`);
    this.splitter.setAttribute('aria-valuenow', String(Math.round(this.share * 100)));
  }

  private installSplitter(splitter: HTMLElement): void {
    const set = (share: number) => {
      this.shares[this.mtHidden ? 'withoutMt' : 'withMt'] = Math.max(MIN_SHARE, Math.min(MAX_SHARE, share));
      this.applyShare();
    };
    splitter.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowLeft') set(this.share - 0.03);
      else if (event.key === 'ArrowRight') set(this.share + 0.03);
      else return;
      event.preventDefault();
    });
    splitter.addEventListener('pointerdown', (event) => {
      splitter.setPointerCapture(event.pointerId);
      const area = this.layout.editorArea.getBoundingClientRect();
      const move = (e: PointerEvent) => set((e.clientX - area.left) / Math.max(1, area.width));
      const up = () => {
        splitter.removeEventListener('pointermove', move);
        splitter.removeEventListener('pointerup', up);
      };
      splitter.addEventListener('pointermove', move);
      splitter.addEventListener('pointerup', up);
    });
  }
}

// The Monaco diff editor: the MT article read-only on the left, the post-edit editable on
// the right, with word/character highlights. This module owns the two models and the
// view options; everything about glossaries lives in suggestion-decorations.ts.
import { monaco } from './monaco';
import { economiseAlignmentZones } from './alignment-zones';
import { installThemes } from './themes';

type CodeEditor = monaco.editor.ICodeEditor;
type TextModel = monaco.editor.ITextModel;

/** A proportional system font: post-editors read prose, not code. */
/** About 25,000 words: past this, wrapping switches to the fast estimate. */
const LARGE_ARTICLE_CHARS = 150_000;

const ORIGINAL_LABEL = 'Machine translation (read-only)';
const MODIFIED_LABEL = 'Post-edit';

export const PROSE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export interface DiffViewDocuments {
  mtText: string;
  postEdit: string;
}

export class DiffView {
  readonly diffEditor: monaco.editor.IStandaloneDiffEditor;
  private originalModel: TextModel | undefined;
  private modifiedModel: TextModel | undefined;
  private hideUnchanged = false;
  private readonly modelListeners = new Set<(model: TextModel) => void>();

  constructor(container: HTMLElement) {
    installThemes();
    this.diffEditor = monaco.editor.createDiffEditor(container, {
      automaticLayout: true,
      originalEditable: false,
      readOnly: false,
      originalAriaLabel: ORIGINAL_LABEL,
      modifiedAriaLabel: MODIFIED_LABEL,
      renderSideBySide: true,
      // Narrow windows fall back to the inline view instead of two unreadable columns.
      useInlineViewWhenSpaceIsLimited: true,
      renderSideBySideInlineBreakpoint: 640,
      enableSplitViewResizing: true,
      // Each side wraps at its own width. (Wrapping both at one shared column saved the diff
      // editor many alignment zones at 50,000 words, but left the panes out of level once a
      // paragraph grew by lines beside a source pane: tests/e2e/source.spec.ts.)
      wordWrap: 'on',
      diffWordWrap: 'on',
      // Proportional fonts wrap correctly only with DOM measuring.
      wrappingStrategy: 'advanced',
      wrappingIndent: 'none',
      // Whitespace edits are real edits in prose (double spaces, stray line ends).
      ignoreTrimWhitespace: false,
      diffAlgorithm: 'advanced',
      // Long articles with heavy rewriting: give the diff worker time before it falls
      // back to whole-line changes. It runs off the UI thread, so this never blocks typing.
      maxComputationTime: 15_000,
      renderIndicators: false,
      renderMarginRevertIcon: true,
      renderOverviewRuler: true,
      hideUnchangedRegions: { enabled: false, contextLineCount: 1, minimumLineCount: 3, revealLineCount: 5 },
      fontFamily: PROSE_FONT,
      fontSize: 14,
      lineHeight: 23,
      letterSpacing: 0,
      lineNumbers: 'on',
      lineNumbersMinChars: 3,
      // Room for two bars beside a paragraph: another language, and confirmed.
      lineDecorationsWidth: 10,
      glyphMargin: false,
      folding: false,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      smoothScrolling: true,
      padding: { top: 10, bottom: 10 },
      renderLineHighlight: 'line',
      occurrencesHighlight: 'off',
      selectionHighlight: false,
      matchBrackets: 'never',
      // Bracket pairs are code: colouring and guiding them parses the whole article after
      // each keystroke (a fifth of the typing cost at 50,000 words).
      bracketPairColorization: { enabled: false },
      guides: { bracketPairs: false, bracketPairsHorizontal: false, highlightActiveBracketPair: false, indentation: false },
      renderWhitespace: 'none',
      links: false,
      quickSuggestions: false,
      accessibilitySupport: 'auto',
      // Tab and Shift+Tab move focus, as in any form: a news article has no use for tab
      // characters, and Tab must never replace a selected word. A tab can still be typed
      // with Ctrl+K, Tab (renderer/navigation/tab-keys.ts).
      tabFocusMode: true,
      scrollbar: { verticalScrollbarSize: 12, horizontalScrollbarSize: 12 },
      stickyScroll: { enabled: false },
      contextmenu: true,
      // Hovers (glossary notes) may reach past the editor's edge instead of being cut off.
      fixedOverflowWidgets: true,
    });
    this.nameEditors();
    // Monaco also resets them by itself when the diff switches between side by side and
    // inline (the editor area narrowed or widened: a source pane shown or closed, a
    // window resized): name them again whenever their options change.
    for (const editor of [this.original, this.modified]) editor.onDidChangeConfiguration(() => this.nameEditors());
    economiseAlignmentZones(this.original);
    economiseAlignmentZones(this.modified);
  }

  /**
   * The diff editor's original/modifiedAriaLabel do not reach the inner editors' input
   * element in this Monaco, and every diff-editor updateOptions resets them: name the two
   * text boxes directly, after each options change (screen readers, tests).
   */
  private nameEditors(): void {
    for (const [editor, label] of [[this.original, ORIGINAL_LABEL], [this.modified, MODIFIED_LABEL]] as const) {
      if (editor.getOption(monaco.editor.EditorOption.ariaLabel) !== label) editor.updateOptions({ ariaLabel: label });
    }
  }

  get modified(): CodeEditor {
    return this.diffEditor.getModifiedEditor();
  }

  get original(): CodeEditor {
    return this.diffEditor.getOriginalEditor();
  }

  /** The post-edit model; present once `setDocuments` has run. */
  get postEditModel(): TextModel | undefined {
    return this.modifiedModel;
  }

  /** Show a new article. Both models are replaced, so undo history starts afresh. */
  setDocuments({ mtText, postEdit }: DiffViewDocuments): TextModel {
    const previous = [this.originalModel, this.modifiedModel];
    // DOM-measured wrapping ('advanced') is exact for a proportional font but measures
    // every paragraph up front: ~1 s per 25,000 words. Long articles wrap by estimated
    // character widths instead, so they open (and take input) at once.
    const large = Math.max(mtText.length, postEdit.length) > LARGE_ARTICLE_CHARS;
    this.diffEditor.updateOptions({ wrappingStrategy: large ? 'simple' : 'advanced' });
    this.nameEditors();
    this.originalModel = monaco.editor.createModel(mtText, 'plaintext');
    this.modifiedModel = monaco.editor.createModel(postEdit, 'plaintext');
    // The editor's bracketPairColorization option does not reach the models: a model
    // colours brackets by its own option, parsing the article for them after each edit.
    for (const model of [this.originalModel, this.modifiedModel]) {
      model.updateOptions({ bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false } });
    }
    this.diffEditor.setModel({ original: this.originalModel, modified: this.modifiedModel });
    for (const model of previous) model?.dispose();
    for (const listener of this.modelListeners) listener(this.modifiedModel);
    return this.modifiedModel;
  }

  /** The MT of the article shown ('' before the first). */
  get mtText(): string {
    return this.originalModel?.getValue() ?? '';
  }

  /** Called with the new post-edit model every time an article is shown (both models
   *  are in place). */
  onDidSetModel(listener: (model: TextModel) => void): void {
    this.modelListeners.add(listener);
  }

  get isHidingUnchanged(): boolean {
    return this.hideUnchanged;
  }

  setHideUnchanged(hide: boolean): void {
    this.hideUnchanged = hide;
    this.diffEditor.updateOptions({ hideUnchangedRegions: { enabled: hide } });
    this.nameEditors();
  }

  /** Changes against the MT as highlighted: character-level spans, or whole lines. */
  changeCount(): number | undefined {
    const changes = this.diffEditor.getLineChanges();
    if (!changes) return undefined;
    return changes.reduce((sum, change) => sum + Math.max(1, change.charChanges?.length ?? 0), 0);
  }

  onDidUpdateDiff(listener: () => void): void {
    this.diffEditor.onDidUpdateDiff(listener);
  }

  /** Select an offset range of the post-edit and scroll it into the middle of the view. */
  revealOffsets(start: number, end: number, focus: boolean): void {
    const model = this.modifiedModel;
    if (!model) return;
    const from = model.getPositionAt(start);
    const to = model.getPositionAt(end);
    this.revealRange(new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), focus);
  }

  /** Select a range of the post-edit and scroll it into the middle of the view. */
  revealRange(range: monaco.IRange, focus: boolean): void {
    const selection = new monaco.Selection(range.startLineNumber, range.startColumn, range.endLineNumber, range.endColumn);
    this.modified.setSelection(selection);
    this.modified.revealRangeInCenterIfOutsideViewport(selection, monaco.editor.ScrollType.Smooth);
    if (focus) this.modified.focus();
  }

  /** The post-edit's selection (or caret: start === end) as offsets. */
  selectionOffsets(): { start: number; end: number } {
    const model = this.modifiedModel;
    const selection = this.modified.getSelection();
    if (!model || !selection) return { start: 0, end: 0 };
    return { start: model.getOffsetAt(selection.getStartPosition()), end: model.getOffsetAt(selection.getEndPosition()) };
  }

  /**
   * Show a change on both sides: its words selected in the post-edit (the caret at their
   * end, so typing replaces them) and the MT words they stand for selected in the MT
   * pane, each scrolled into view.
   */
  revealChange(pe: { start: number; end: number }, mt: { start: number; end: number }, focus: boolean): void {
    const original = this.originalModel;
    if (original) {
      const from = original.getPositionAt(mt.start);
      const to = original.getPositionAt(mt.end);
      const selection = new monaco.Selection(from.lineNumber, from.column, to.lineNumber, to.column);
      this.original.setSelection(selection);
      this.original.revealRangeInCenterIfOutsideViewport(selection, monaco.editor.ScrollType.Immediate);
    }
    // The post-edit last: the two panes scroll together, and its place is where the caret is.
    this.revealOffsets(pe.start, pe.end, focus);
  }

  /** The post-edit's selected text, or '' when the selection is empty. */
  selectedText(): string {
    const selection = this.modified.getSelection();
    const model = this.modifiedModel;
    if (!selection || !model || selection.isEmpty()) return '';
    return model.getValueInRange(selection);
  }

  cursor(): { lineNumber: number; column: number } {
    const position = this.modified.getPosition();
    return position ? { lineNumber: position.lineNumber, column: position.column } : { lineNumber: 1, column: 1 };
  }

  setCursor(position: { lineNumber: number; column: number }): void {
    this.modified.setPosition(position);
    this.modified.revealPositionInCenterIfOutsideViewport(position);
  }

  focus(): void {
    this.modified.focus();
  }

  private contextActions = 0;

  /** An entry in the post-edit's right-click menu, grouped above Cut/Copy/Paste. */
  addContextAction(id: string, label: string, run: () => void): void {
    // Standalone Monaco builds every inner editor as a StandaloneCodeEditor.
    (this.modified as monaco.editor.IStandaloneCodeEditor).addAction({
      id: `glossa.${id}`,
      label,
      contextMenuGroupId: '1_glossa',
      contextMenuOrder: ++this.contextActions,
      run,
    });
  }
}

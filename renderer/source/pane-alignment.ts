// Lines the source pane up with the diff (MT | post-edit), paragraph by paragraph, by the
// three-way alignment the review computes (core/review/align-three.ts, in the reviewing
// worker: the source is aligned with the MT once per article, the MT with the post-edit
// around each edit):
//   - spacers (Monaco view zones) before a group in whichever of the source and the
//     post-edit is ahead bring the group's paragraphs level, measured with the editors'
//     own line tops, so word wrap is accounted for (pane-geometry.ts); the diff editor
//     counts a spacer in the post-edit as part of it and pads the MT to match, so the MT
//     stays level too;
//   - scrolling either pane scrolls the other to the same aligned group;
//   - the paragraph holding the post-edit's cursor is tinted in all three panes.
// Nothing here runs per keystroke but a cursor check: spacers are laid out when the
// post-edit's height, the source pane's width or the alignment changes.
import type { ThreeWayGroup } from '../../core/review/align-three';
import type { DiffView } from '../editor/diff-view';
import { monaco } from '../editor/monaco';
import { mapScroll, monotonicAnchors, samePlan, spacerPlan, withoutSpacers, type AlignedLines, type Anchor, type Spacer, type SpacerPlan } from './pane-geometry';
import { paragraphAtLine, paragraphLineRanges, type LineRange } from './paragraph-lines';
import type { SourcePane } from './source-pane';

type TextModel = monaco.editor.ITextModel;

/** After typing, the current paragraph is looked up again once the keys pause. */
const HIGHLIGHT_DELAY_MS = 120;
/** Spacer plans changed this many times in a row with nothing typed, resized or realigned
 *  in between: the panes are taken as settled (a guard against two layouts chasing
 *  each other through the diff editor's own spacers). */
const MAX_UNPROMPTED_LAYOUTS = 4;
const NO_SPACERS: SpacerPlan = { source: [], postEdit: [] };

function rangesOf(model: TextModel | null | undefined): LineRange[] {
  if (!model) return [];
  return paragraphLineRanges(model.getLineCount(), (line) => model.getLineContent(line));
}

function linesOf(ranges: readonly LineRange[], indices: readonly number[]): LineRange | undefined {
  const first = ranges[indices[0] ?? -1];
  const last = ranges[indices[indices.length - 1] ?? -1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

function sameGroups(a: readonly ThreeWayGroup[], b: readonly ThreeWayGroup[]): boolean {
  if (a.length !== b.length) return false;
  const same = (x: readonly number[], y: readonly number[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return a.every((group, i) => same(group.source, b[i]!.source) && same(group.mt, b[i]!.mt) && same(group.pe, b[i]!.pe));
}

function replaceZones(editor: monaco.editor.ICodeEditor, ids: readonly string[], spacers: readonly Spacer[], className: string): string[] {
  const added: string[] = [];
  editor.changeViewZones((accessor) => {
    for (const id of ids) accessor.removeZone(id);
    for (const spacer of spacers) {
      const domNode = document.createElement('div');
      domNode.className = className;
      added.push(accessor.addZone({ afterLineNumber: spacer.beforeLine - 1, heightInPx: spacer.height, domNode, suppressMouseDown: true }));
    }
  });
  return added;
}

export class PaneAlignment {
  private groups: ThreeWayGroup[] = [];
  private plan: SpacerPlan = NO_SPACERS;
  private zoneIds: { source: string[]; postEdit: string[] } = { source: [], postEdit: [] };
  private unprompted = 0;
  private anchors: Anchor[] = [];
  private sourceRanges: LineRange[] = [];
  private mtRanges: LineRange[] | undefined;
  private peRanges: LineRange[] | undefined;
  private layoutQueued = false;
  private highlightTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while one pane's scroll is being copied to the other (their events echo). */
  private syncing = false;
  private readonly current: Record<'source' | 'mt' | 'pe', monaco.editor.IEditorDecorationsCollection>;
  private readonly sourceSpan: monaco.editor.IEditorDecorationsCollection;
  private highlightedPe: LineRange | undefined;

  constructor(private readonly pane: SourcePane, private readonly diffView: DiffView) {
    this.current = {
      source: pane.editor.createDecorationsCollection(),
      mt: diffView.original.createDecorationsCollection(),
      pe: diffView.modified.createDecorationsCollection(),
    };
    this.sourceSpan = pane.editor.createDecorationsCollection();
    diffView.onDidSetModel((model) => {
      this.groups = [];
      this.mtRanges = undefined;
      this.peRanges = undefined;
      // A new model comes with a new view: the post-edit's spacers went with the old one.
      this.plan = { source: this.plan.source, postEdit: [] };
      this.zoneIds.postEdit = [];
      model.onDidChangeContent(() => {
        this.peRanges = undefined;
        this.unprompted = 0;
        this.scheduleHighlight(HIGHLIGHT_DELAY_MS);
      });
      this.prompt();
    });
    pane.model.onDidChangeContent(() => {
      this.sourceRanges = rangesOf(pane.model);
      this.sourceSpan.clear();
      this.prompt();
    });
    diffView.modified.onDidContentSizeChange(() => this.scheduleLayout());
    diffView.modified.onDidLayoutChange(() => this.prompt());
    pane.editor.onDidLayoutChange(() => this.prompt());
    pane.onDidToggle(() => this.prompt());
    diffView.modified.onDidScrollChange((event) => {
      if (event.scrollTopChanged) this.follow('post-edit');
    });
    pane.editor.onDidScrollChange((event) => {
      if (event.scrollTopChanged) this.follow('source');
    });
    diffView.modified.onDidChangeCursorPosition(() => this.scheduleHighlight(0));
  }

  /** The review's latest alignment (undefined: none, e.g. no source). */
  setAlignment(groups: readonly ThreeWayGroup[] | undefined): void {
    const next = groups ? [...groups] : [];
    if (sameGroups(next, this.groups)) return;
    this.groups = next;
    this.prompt();
    this.scheduleHighlight(0);
  }

  /** Show a span of the source (a QA issue's `sourceSpan`), marked. */
  revealSource(start: number, end: number): void {
    if (!this.pane.isShown) return;
    const range = this.pane.revealOffsets(start, end);
    this.sourceSpan.set([{ range, options: { inlineClassName: 'glossa-source-span', stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges } }]);
  }

  private get active(): boolean {
    return this.pane.isShown && this.groups.length > 0;
  }

  /** Something the spacers depend on changed: lay them out again. */
  private prompt(): void {
    this.unprompted = 0;
    this.scheduleLayout();
  }

  private scheduleLayout(): void {
    if (this.layoutQueued) return;
    this.layoutQueued = true;
    requestAnimationFrame(() => {
      this.layoutQueued = false;
      this.layout();
    });
  }

  private postEditRanges(): LineRange[] {
    this.peRanges ??= rangesOf(this.diffView.postEditModel);
    return this.peRanges;
  }

  private alignedLines(): AlignedLines[] {
    const pe = this.postEditRanges();
    const lines: AlignedLines[] = [];
    for (const group of this.groups) {
      const source = linesOf(this.sourceRanges, group.source);
      const postEdit = linesOf(pe, group.pe);
      if (source && postEdit) lines.push({ source, postEdit });
    }
    return lines;
  }

  /** Spacers and scroll anchors for the current alignment, then the source follows. */
  private layout(): void {
    const source = this.pane.editor;
    const modified = this.diffView.modified;
    this.anchors = [];
    if (!this.active) {
      this.apply(NO_SPACERS);
      this.clearHighlight();
      return;
    }
    const aligned = this.alignedLines();
    const next = spacerPlan(
      aligned,
      withoutSpacers((line) => source.getTopForLineNumber(line), this.plan.source),
      withoutSpacers((line) => modified.getTopForLineNumber(line), this.plan.postEdit),
      // Folded unchanged paragraphs cannot be lined up: only the source gets spacers then.
      { sourceOnly: this.diffView.isHidingUnchanged },
    );
    if (!samePlan(next, this.plan) && this.unprompted++ < MAX_UNPROMPTED_LAYOUTS) this.apply(next);
    this.anchors = monotonicAnchors(
      aligned.map((lines) => ({ postEdit: modified.getTopForLineNumber(lines.postEdit.start), source: source.getTopForLineNumber(lines.source.start) })),
    );
    this.follow('post-edit');
    this.scheduleHighlight(0);
  }

  /** Replaces the spacers in both panes with `plan`'s. */
  private apply(plan: SpacerPlan): void {
    if (samePlan(plan, this.plan)) return;
    this.plan = plan;
    this.zoneIds.source = replaceZones(this.pane.editor, this.zoneIds.source, plan.source, 'glossa-source-spacer');
    this.zoneIds.postEdit = replaceZones(this.diffView.modified, this.zoneIds.postEdit, plan.postEdit, 'glossa-post-edit-spacer');
  }

  /** Copy one pane's scroll position to the other, through the anchors. */
  private follow(leader: 'post-edit' | 'source'): void {
    if (this.syncing || !this.active) return;
    const modified = this.diffView.modified;
    const source = this.pane.editor;
    this.syncing = true;
    try {
      if (leader === 'post-edit') source.setScrollTop(mapScroll(this.anchors, modified.getScrollTop()), monaco.editor.ScrollType.Immediate);
      else modified.setScrollTop(mapScroll(this.anchors, source.getScrollTop(), true), monaco.editor.ScrollType.Immediate);
    } finally {
      this.syncing = false;
    }
  }

  private scheduleHighlight(delay: number): void {
    clearTimeout(this.highlightTimer);
    if (delay === 0 && this.peRanges !== undefined) {
      this.highlight();
      return;
    }
    this.highlightTimer = setTimeout(() => this.highlight(), delay || HIGHLIGHT_DELAY_MS);
  }

  /** Tint the group of the paragraph holding the post-edit's cursor, in every pane. */
  private highlight(): void {
    if (!this.active) {
      this.clearHighlight();
      return;
    }
    const position = this.diffView.modified.getPosition();
    if (!position) return;
    const shown = this.highlightedPe;
    if (shown && this.peRanges !== undefined && position.lineNumber >= shown.start && position.lineNumber <= shown.end) return;
    const pe = this.postEditRanges();
    const paragraph = paragraphAtLine(pe, position.lineNumber);
    const group = paragraph < 0 ? undefined : this.groups.find((candidate) => candidate.pe.includes(paragraph));
    if (!group) {
      this.clearHighlight();
      return;
    }
    this.mtRanges ??= rangesOf(this.diffView.original.getModel());
    this.highlightedPe = linesOf(pe, group.pe);
    this.mark(this.current.pe, this.highlightedPe);
    this.mark(this.current.mt, linesOf(this.mtRanges, group.mt));
    this.mark(this.current.source, linesOf(this.sourceRanges, group.source));
  }

  private mark(collection: monaco.editor.IEditorDecorationsCollection, lines: LineRange | undefined): void {
    if (!lines) {
      collection.clear();
      return;
    }
    collection.set([{ range: new monaco.Range(lines.start, 1, lines.end, 1), options: { isWholeLine: true, className: 'glossa-current-paragraph' } }]);
  }

  private clearHighlight(): void {
    this.highlightedPe = undefined;
    for (const collection of Object.values(this.current)) collection.clear();
  }
}

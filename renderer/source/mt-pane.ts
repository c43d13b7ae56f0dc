// "Hide MT pane" (View menu): the window works source | post-edit, as CAT tools look. The
// diff editor has no option to leave out its left side, so the MT keeps its place at the
// narrowest split Monaco allows and the diff is widened by exactly that much and shifted
// left under its column's clipping edge: the post-edit fills the column, and the diff
// (its highlights, F7, hide unchanged) works as before; the hidden MT does not wrap, so
// the diff's spacers that keep both sides level stay small. A window preference, remembered
// across restarts; narrow windows, where Monaco shows one inline pane anyway, are left be.
import type { DiffView } from '../editor/diff-view';
import type { Layout } from '../layout';

const STORAGE_KEY = 'glossa.hideMtPane';
/** The smallest split ratio Monaco's diff editor accepts. */
const NARROWEST_SPLIT = 0.1;

export class MtPane {
  private hidden = false;
  private readonly listeners = new Set<(hidden: boolean) => void>();

  constructor(private readonly layout: Layout, private readonly diffView: DiffView) {
    const column = layout.diffHost.parentElement;
    if (column) new ResizeObserver(() => this.fit()).observe(column);
    diffView.modified.onDidLayoutChange(() => this.fit());
    this.hidden = readPreference();
    if (this.hidden) this.apply();
  }

  get isHidden(): boolean {
    return this.hidden;
  }

  toggle(): void {
    this.setHidden(!this.hidden);
  }

  setHidden(hidden: boolean): void {
    if (hidden === this.hidden) return;
    this.hidden = hidden;
    writePreference(hidden);
    this.apply();
    for (const listener of this.listeners) listener(hidden);
  }

  onDidChange(listener: (hidden: boolean) => void): void {
    this.listeners.add(listener);
  }

  private apply(): void {
    this.layout.editorArea.classList.toggle('mt-hidden', this.hidden);
    this.diffView.diffEditor.updateOptions({
      enableSplitViewResizing: !this.hidden,
      splitViewDefaultRatio: this.hidden ? NARROWEST_SPLIT : 0.5,
    });
    // The hidden MT must not wrap in its sliver: the diff editor keeps the two sides'
    // lines level, and a paragraph wrapped thirty times would open gaps in the post-edit.
    this.diffView.original.updateOptions({ wordWrapOverride2: this.hidden ? 'off' : 'inherit' });
    // Monaco resets its editors' labels on every diff-editor options change.
    this.diffView.original.updateOptions({ ariaLabel: 'Machine translation (read-only)' });
    this.diffView.modified.updateOptions({ ariaLabel: 'Post-edit' });
    this.fit();
  }

  /** Shift the diff left by the MT's width (0 when shown, or when Monaco went inline). */
  private fit(): void {
    const host = this.layout.diffHost;
    const column = host.parentElement;
    if (!column) return;
    const visible = column.clientWidth;
    let shift = 0;
    if (this.hidden) {
      const inline = this.diffView.original.getLayoutInfo().width < 2;
      // Where Monaco put the post-edit now; before the first layout, the split's share.
      const modified = this.diffView.modified.getDomNode();
      const measured = modified ? modified.getBoundingClientRect().left - host.getBoundingClientRect().left : 0;
      shift = inline ? 0 : measured > 0 ? Math.round(measured) : Math.round((visible * NARROWEST_SPLIT) / (1 - NARROWEST_SPLIT));
    }
    const margin = `${-shift}px`;
    const width = shift === 0 ? '' : `${visible + shift}px`;
    if (host.style.marginLeft !== margin) host.style.marginLeft = shift === 0 ? '' : margin;
    if (host.style.width !== width) host.style.width = width;
  }
}

function readPreference(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

function writePreference(hidden: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, String(hidden));
  } catch {
    // Storage refused: the setting lasts for this session only.
  }
}

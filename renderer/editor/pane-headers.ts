// The pane titles ("Machine translation", "Post-edit") sit over their editors wherever
// the user drags the split, and merge into one row when Monaco falls back to the inline
// view in a narrow window. Measured from the headers' own row, which sits over the diff
// editor wherever the editor area puts it (a source pane may stand to its left).
import type { Layout } from '../layout';
import type { DiffView } from './diff-view';

export function alignPaneHeaders(layout: Layout, diffView: DiffView): void {
  let queued = false;
  const align = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const area = layout.paneHeaders.container.getBoundingClientRect();
      const modified = diffView.modified.getDomNode()?.getBoundingClientRect();
      if (!modified) return;
      const inline = diffView.original.getLayoutInfo().width < 2;
      layout.paneHeaders.container.classList.toggle('inline', inline);
      layout.paneHeaders.original.style.width = inline ? '' : `${Math.max(0, modified.left - area.left)}px`;
    });
  };
  diffView.original.onDidLayoutChange(align);
  diffView.modified.onDidLayoutChange(align);
  // The editors laid themselves out before these listeners existed.
  align();
  diffView.onDidSetModel(align);
}

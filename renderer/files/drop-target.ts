// Drag-and-drop onto the window: an article (.txt/.md) opens, glossaries load. The
// overlay tells the user the drop will be taken before they let go.
import { h } from '../ui/dom';

/** Articles, and `.glossa` files of an article's work. */
const ARTICLE = /\.(txt|md|markdown|glossa)$/i;
const GLOSSARY = /\.(tsv|tab|utf8|csv|json|tbx|xml)$/i;

export interface DroppedFiles {
  /** The first article dropped: one article is open at a time. */
  article?: File;
  glossaries: File[];
  /** Further articles and files of no known kind. */
  ignored: File[];
}

export function sortDroppedFiles(files: readonly File[]): DroppedFiles {
  const result: DroppedFiles = { glossaries: [], ignored: [] };
  for (const file of files) {
    if (ARTICLE.test(file.name) && !result.article) result.article = file;
    else if (GLOSSARY.test(file.name)) result.glossaries.push(file);
    else result.ignored.push(file);
  }
  return result;
}

export function installDropTarget(root: HTMLElement, onDrop: (files: DroppedFiles) => void, isBlocked: () => boolean): void {
  const overlay = h(
    'div',
    { class: 'drop-overlay', hidden: true, 'aria-hidden': 'true' },
    h('div', { class: 'drop-card' }, h('strong', {}, 'Drop to open'), h('span', {}, 'An article (.txt, .md), a .glossa work file, or glossaries (.tsv, .csv, .json, .tbx)')),
  );
  root.append(overlay);
  let depth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event) || isBlocked()) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    // Without this the browser would navigate to the dropped file.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = isBlocked() ? 'none' : 'copy';
  }, { capture: true });
  window.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    // Capture phase, before Monaco's own drop handling can take the file as text.
    event.preventDefault();
    event.stopPropagation();
    depth = 0;
    overlay.hidden = true;
    if (isBlocked()) return;
    onDrop(sortDroppedFiles(Array.from(event.dataTransfer?.files ?? [])));
  }, { capture: true });
}

// The window's skeleton: toolbar on top, the diff (MT | post-edit) in the middle, the
// side panel on the right, the status bar at the bottom. Also the resizable splitter
// between the diff and the side panel (pointer drag or ←/→ when focused).
import { h } from './ui/dom';

export interface Layout {
  root: HTMLElement;
  diffHost: HTMLElement;
  editorArea: HTMLElement;
  paneHeaders: { original: HTMLElement; modified: HTMLElement; container: HTMLElement };
  sidePanel: HTMLElement;
}

const MIN_PANEL = 260;
const MAX_PANEL = 640;

export function createLayout(root: HTMLElement, header: HTMLElement, statusBar: HTMLElement, toasts: HTMLElement): Layout {
  const original = h('div', { class: 'pane-header' }, h('span', { class: 'pane-title' }, 'Machine translation'), h('span', { class: 'pane-badge' }, 'read-only'));
  const modified = h('div', { class: 'pane-header' }, h('span', { class: 'pane-title' }, 'Post-edit'));
  const headers = h('div', { class: 'pane-headers', 'aria-hidden': 'true' }, original, modified);
  const diffHost = h('div', { class: 'diff-host' });
  const editorArea = h('section', { class: 'editor-area', 'aria-label': 'Article' }, headers, diffHost);
  const sidePanel = h('aside', { class: 'side-panel', 'aria-label': 'Glossaries, suggestions and quality checks' });
  const splitter = h('div', {
    class: 'splitter',
    role: 'separator',
    'aria-orientation': 'vertical',
    'aria-label': 'Resize the side panel',
    'aria-valuemin': MIN_PANEL,
    'aria-valuemax': MAX_PANEL,
    tabindex: '0',
  });
  const workspace = h('main', { class: 'workspace' }, editorArea, splitter, sidePanel);
  root.replaceChildren(header, workspace, statusBar, toasts);
  installSplitter(root, splitter);
  return { root, diffHost, editorArea, paneHeaders: { original, modified, container: headers }, sidePanel };
}

function installSplitter(root: HTMLElement, splitter: HTMLElement): void {
  // A third of a small window, 360 px on a large one.
  let width = Math.round(Math.min(360, Math.max(MIN_PANEL, window.innerWidth * 0.3)));
  const apply = (next: number) => {
    width = Math.round(Math.max(MIN_PANEL, Math.min(MAX_PANEL, next)));
    root.style.setProperty('--side-panel-width', `${width}px`);
    splitter.setAttribute('aria-valuenow', String(width));
  };
  apply(width);
  splitter.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowLeft') apply(width + 24);
    else if (event.key === 'ArrowRight') apply(width - 24);
    else return;
    event.preventDefault();
  });
  splitter.addEventListener('pointerdown', (event) => {
    splitter.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = width;
    const move = (e: PointerEvent) => apply(startWidth + (startX - e.clientX));
    const up = () => {
      splitter.removeEventListener('pointermove', move);
      splitter.removeEventListener('pointerup', up);
    };
    splitter.addEventListener('pointermove', move);
    splitter.addEventListener('pointerup', up);
  });
}

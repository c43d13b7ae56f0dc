// A few lines of DOM building so components read as markup, without a framework.
// Text always goes in through textContent / attributes, never innerHTML: article and
// glossary text is untrusted, and the CSP forbids inline script anyway.

type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) setAttribute(element, name, value);
  append(element, ...children);
  return element;
}

export function setAttribute(element: Element, name: string, value: string | number | boolean | undefined): void {
  if (value === undefined || value === false) element.removeAttribute(name);
  else element.setAttribute(name, value === true ? '' : String(value));
}

export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child);
  }
}

/** An inline SVG icon from a path; decorative, so hidden from assistive tech. */
export function icon(pathData: string, size = 16): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('icon');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', pathData);
  svg.append(path);
  return svg;
}

/** Stroke icon paths (24×24, 2px stroke), drawn for Glossa. */
export const ICONS = {
  open: 'M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z',
  glossary: 'M5 4h11a3 3 0 0 1 3 3v13H8a3 3 0 0 1-3-3zM5 17a3 3 0 0 1 3-3h11M9 8h6',
  save: 'M5 4h11l3 3v12a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1zM8 4v5h7V4M8 20v-6h8v6',
  export: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  applyAll: 'M3 12l4 4 8-8M11 16l1 1 9-9',
  previous: 'M12 19V5M6 11l6-6 6 6',
  next: 'M12 5v14M6 13l6 6 6-6',
  unchanged: 'M4 6h16M4 18h16M8 10l4 4 4-4',
  addTerm: 'M12 5v14M5 12h14',
  help: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5v.01',
  chevronDown: 'M6 9l6 6 6-6',
  up: 'M6 15l6-6 6 6',
  down: 'M6 9l6 6 6-6',
  remove: 'M6 6l12 12M18 6L6 18',
  check: 'M5 12l5 5 9-10',
  skip: 'M5 12h14',
  warning: 'M12 3l9 17H3zM12 10v4M12 17v.01',
  error: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM15 9l-6 6M9 9l6 6',
  info: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v5M12 8v.01',
  // The source pane (renderer/source): an original page beside its translation; a pane folded away.
  source: 'M4 5h7v14H4zM13 5h7v14h-7M6.5 9h2M6.5 12h2M15.5 9h2M15.5 12h2',
  hideMt: 'M3 5h18v14H3zM10 5v14M5.5 10l2 2-2 2',
} as const;

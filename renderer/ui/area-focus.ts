// F6 / Shift+F6: focus moves from area to area of the window (toolbar → post-edit →
// glossaries → suggestions → quality checks), as in desktop apps with panes. Each area
// registers itself with the element that contains it and how to put focus inside; an
// area that has nothing focusable right now is skipped.
//
// A new pane or panel tab plugs in with one `add` call (renderer/app.ts does them all,
// in window order).

export interface FocusArea {
  /** The area's outermost element: focus anywhere inside counts as being in the area. */
  readonly element: HTMLElement;
  /** Put focus in the area; false when it has nothing to focus. */
  focus(): boolean;
}

export class AreaFocus {
  private readonly areas: FocusArea[] = [];

  /** Registers an area after the existing ones, or at `index`. */
  add(area: FocusArea, index = this.areas.length): void {
    this.areas.splice(index, 0, area);
  }

  /** The index of the area holding `element` (default: the focused element), or -1. */
  indexOf(element: Element | null = document.activeElement): number {
    return this.areas.findIndex((area) => area.element.contains(element));
  }

  cycle(direction: 1 | -1): void {
    const count = this.areas.length;
    const current = Math.max(0, this.indexOf());
    for (let step = 1; step <= count; step++) {
      const index = (((current + direction * step) % count) + count) % count;
      if (this.areas[index]?.focus()) return;
    }
  }
}

/** Focuses `element` if there is one: the usual body of a FocusArea's `focus`. */
export function focusElement(element: HTMLElement | null | undefined): boolean {
  if (!element) return false;
  element.focus();
  return true;
}

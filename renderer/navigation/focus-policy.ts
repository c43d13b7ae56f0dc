// Where focus goes after a command that shows a place in the text (F7, F8): into the
// editor when the user was in the editor, the toolbar or nowhere in particular; not when
// they were working in a side panel's list or field, where the place is shown and focus
// stays with them (a Delete pressed next must act on the list, not on the text).

export function focusFollowsText(sidePanel: HTMLElement, active: Element | null = document.activeElement): boolean {
  return !active || !sidePanel.contains(active);
}

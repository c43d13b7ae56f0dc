// Shortcuts pressed in a list act where the user is: Ctrl+Z in the suggestions list undoes
// the last edit of the post-edit and leaves the focus in the list (Monaco's own undo
// command would take it into the editor, where the next Delete deletes text).

/** Runs `action` (an editor command) and puts the focus back where it was, unless it
 *  was in the editor already. */
export function keepingFocus(action: () => void): void {
  const before = document.activeElement;
  const outside = before instanceof HTMLElement && before !== document.body && !before.closest('.monaco-editor');
  action();
  if (!outside) return;
  const restore = () => {
    if (document.activeElement !== before && before.isConnected) before.focus({ preventScroll: true });
  };
  restore();
  // Monaco may move focus once its view has updated.
  requestAnimationFrame(restore);
}

/** Whether the focus is in a menu or a dialog: one the user opened while an article was
 *  loading. Showing the article then must not take the focus (and so close the menu). */
export function focusInMenuOrDialog(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.closest('[role="menu"], dialog, [role="dialog"], [role="alertdialog"]') !== null;
}

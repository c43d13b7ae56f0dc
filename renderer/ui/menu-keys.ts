// The keys of a popup menu (the WAI-ARIA menu pattern), shared by the toolbar's menu
// buttons and the spelling menu: ↑/↓ move and wrap, Home/End, Enter or Space activate,
// Escape closes and gives the focus back to where the menu came from.

/**
 * Handles a key pressed in a menu of `items`. Tab closes the menu: `tab: 'return'` gives
 * the focus back (the key is spent), `'move-on'` lets Tab move on as it would.
 */
export function handleMenuKey(
  event: KeyboardEvent,
  items: readonly HTMLElement[],
  close: (restoreFocus: boolean) => void,
  tab: 'return' | 'move-on',
): void {
  const index = items.indexOf(document.activeElement as HTMLElement);
  const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
  switch (event.key) {
    case 'ArrowDown':
      focus(index + 1);
      break;
    case 'ArrowUp':
      focus(index - 1);
      break;
    case 'Home':
      focus(0);
      break;
    case 'End':
      focus(items.length - 1);
      break;
    case 'Escape':
      close(true);
      break;
    case 'Tab':
      if (tab === 'move-on') {
        close(false);
        return;
      }
      close(true);
      break;
    case 'Enter':
    case ' ':
      (document.activeElement as HTMLElement | null)?.click();
      break;
    default:
      return;
  }
  event.preventDefault();
  event.stopPropagation();
}

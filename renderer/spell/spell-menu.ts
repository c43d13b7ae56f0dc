// The spelling menu of one misspelt word, under the word (Ctrl+.) or where the post-edit
// was right-clicked: the dictionary's suggestions, "Add to dictionary", "Ignore in this
// article". A WAI-ARIA menu: focus goes to its first item, ↑/↓/Home/End move, Enter or
// Space choose, Escape (or a click elsewhere) closes it and focus returns to the editor.
import { h } from '../ui/dom';
import { handleMenuKey } from '../ui/menu-keys';

export interface SpellMenuItem {
  label: string;
  /** A suggestion (rendered as the word itself) or an action. */
  kind: 'suggestion' | 'action';
  run(): void;
}

export class SpellMenu {
  private element: HTMLUListElement | undefined;
  private restoreFocus: (() => void) | undefined;

  get isOpen(): boolean {
    return this.element !== undefined;
  }

  /** Opens at viewport point (x, y); `restoreFocus` runs when it closes without a choice. */
  open(word: string, items: readonly SpellMenuItem[], at: { x: number; y: number }, restoreFocus: () => void): void {
    this.close(false);
    this.restoreFocus = restoreFocus;
    const menu = h('ul', { role: 'menu', class: 'menu spell-menu', 'aria-label': `Spelling: ${word}` });
    let separated = false;
    for (const item of items) {
      if (item.kind === 'action' && !separated) {
        separated = true;
        if (menu.childElementCount > 0) menu.append(h('li', { role: 'separator', class: 'menu-separator' }));
      }
      const element = h('li', { role: 'menuitem', tabindex: '-1', class: `menu-item spell-${item.kind}` }, h('span', { class: 'menu-item-label' }, item.label));
      element.addEventListener('click', () => {
        this.close(false);
        item.run();
      });
      menu.append(element);
    }
    if (!items.some((item) => item.kind === 'suggestion')) {
      menu.prepend(h('li', { role: 'none', class: 'menu-empty' }, 'No suggestions'));
    }
    menu.style.left = `${Math.round(at.x)}px`;
    menu.style.top = `${Math.round(at.y)}px`;
    menu.addEventListener('keydown', (event) => this.onKey(event));
    menu.addEventListener('focusout', (event) => {
      if (!menu.contains(event.relatedTarget as Node | null)) this.close(false);
    });
    document.body.append(menu);
    this.element = menu;
    // Keep it inside the window.
    const box = menu.getBoundingClientRect();
    if (box.right > window.innerWidth - 8) menu.style.left = `${Math.max(8, window.innerWidth - 8 - box.width)}px`;
    if (box.bottom > window.innerHeight - 8) menu.style.top = `${Math.max(8, at.y - box.height - 28)}px`;
    this.items()[0]?.focus();
  }

  /** `returnFocus`: give the editor its focus back (Escape, or a choice made). */
  close(returnFocus: boolean): void {
    const menu = this.element;
    if (!menu) return;
    this.element = undefined;
    menu.remove();
    const restore = this.restoreFocus;
    this.restoreFocus = undefined;
    if (returnFocus) restore?.();
  }

  private items(): HTMLElement[] {
    return Array.from(this.element?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  }

  private onKey(event: KeyboardEvent): void {
    handleMenuKey(event, this.items(), (restoreFocus) => this.close(restoreFocus), 'return');
  }
}

// An accessible menu button (WAI-ARIA menu button pattern): Enter/Space/↓ open the menu
// and focus its first item, ↑/↓/Home/End move, Escape closes and returns focus.
import { h, icon, ICONS } from './dom';
import { handleMenuKey } from './menu-keys';

export interface MenuItem {
  label: string;
  detail?: string;
  /** Starts a new group: a rule is drawn above the item. */
  separatorBefore?: boolean;
  run(): void;
}

export class MenuButton {
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;
  private readonly menu: HTMLUListElement;

  constructor(
    label: string,
    options: { icon?: string; className?: string; ariaLabel?: string; showLabel?: boolean; keyshortcuts?: string },
    private readonly items: () => MenuItem[] | Promise<MenuItem[]>,
  ) {
    const id = `menu-${label.toLowerCase().replace(/\W+/g, '-')}`;
    this.button = h(
      'button',
      {
        type: 'button',
        class: `button ${options.className ?? ''}`.trim(),
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        'aria-controls': id,
        'aria-label': options.ariaLabel,
        'aria-keyshortcuts': options.keyshortcuts,
        title: options.ariaLabel ?? label,
      },
      options.icon ? icon(options.icon) : null,
      options.showLabel === false ? null : h('span', { class: 'button-label' }, label),
      icon(ICONS.chevronDown, 12),
    );
    this.menu = h('ul', { id, role: 'menu', class: 'menu', 'aria-label': options.ariaLabel ?? label, hidden: true });
    this.element = h('div', { class: 'menu-button' }, this.button, this.menu);

    this.button.addEventListener('click', () => (this.isOpen ? this.close(true) : void this.open(0)));
    this.button.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        void this.open(event.key === 'ArrowDown' ? 0 : -1);
      }
    });
    this.menu.addEventListener('keydown', (event) => this.onMenuKey(event));
    this.menu.addEventListener('focusout', (event) => {
      if (!this.element.contains(event.relatedTarget as Node | null)) this.close(false);
    });
  }

  get isOpen(): boolean {
    return !this.menu.hidden;
  }

  /** Items may come from host storage (recent articles): read them as the menu opens. */
  async open(focusIndex: number): Promise<void> {
    if (this.button.getAttribute('aria-disabled') === 'true') return;
    const items = await this.items();
    this.menu.replaceChildren(
      ...(items.length === 0
        ? [h('li', { role: 'none', class: 'menu-empty' }, 'Nothing here yet')]
        : items.flatMap((item) => {
            const element = h(
              'li',
              { role: 'menuitem', tabindex: '-1', class: 'menu-item' },
              h('span', { class: 'menu-item-label' }, item.label),
              item.detail ? h('span', { class: 'menu-item-detail' }, item.detail) : null,
            );
            element.addEventListener('click', () => {
              this.close(true);
              item.run();
            });
            return item.separatorBefore ? [h('li', { role: 'separator', class: 'menu-separator' }), element] : [element];
          })),
    );
    this.menu.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    const menuItems = this.menuItems();
    const target = focusIndex < 0 ? menuItems[menuItems.length - 1] : menuItems[focusIndex];
    (target ?? this.menu.querySelector<HTMLElement>('li'))?.focus();
    if (menuItems.length === 0) this.menu.setAttribute('tabindex', '-1');
  }

  close(returnFocus: boolean): void {
    if (!this.isOpen) return;
    this.menu.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.button.focus();
  }

  private menuItems(): HTMLElement[] {
    return Array.from(this.menu.querySelectorAll<HTMLElement>('[role="menuitem"]'));
  }

  private onMenuKey(event: KeyboardEvent): void {
    handleMenuKey(event, this.menuItems(), (restoreFocus) => this.close(restoreFocus), 'move-on');
  }
}

// Short confirmations ("Applied 12 suggestions", "Exported …") shown as a toast and
// read by screen readers through a polite live region; errors use an assertive one.
import { h } from './dom';

export class Announcer {
  readonly element: HTMLElement;
  private readonly polite: HTMLElement;
  private readonly assertive: HTMLElement;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.polite = h('div', { class: 'toast', role: 'status', 'aria-live': 'polite' });
    this.assertive = h('div', { class: 'toast toast-error', role: 'alert', 'aria-live': 'assertive' });
    this.element = h('div', { class: 'toasts' }, this.polite, this.assertive);
  }

  say(message: string): void {
    this.show(this.polite, message, 3500);
  }

  error(message: string): void {
    this.show(this.assertive, message, 8000);
  }

  /** Something to know, not an error (a glossary cycle): polite, and up long enough to read. */
  warn(message: string): void {
    this.show(this.polite, message, 10_000);
  }

  private show(region: HTMLElement, message: string, ms: number): void {
    region.textContent = message;
    region.classList.add('visible');
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      region.classList.remove('visible');
      region.textContent = '';
    }, ms);
  }
}

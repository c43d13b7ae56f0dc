// Reserved place for quality checks (diff statistics, HTER, QA findings) from
// core/review, which lands with its own issue. The panel is in the layout already so
// the review work only has to fill `body`.
import { h } from '../ui/dom';

export class QaPanel {
  readonly element: HTMLElement;
  /** Where the review integration renders its findings. */
  readonly body: HTMLElement;

  constructor() {
    this.body = h(
      'div',
      { class: 'panel-body' },
      h('p', { class: 'panel-empty' }, 'Quality checks (HTER, terminology, punctuation) will appear here.'),
    );
    this.element = h(
      'section',
      { class: 'panel panel-qa', 'aria-labelledby': 'qa-heading' },
      h('div', { class: 'panel-header' }, h('h2', { id: 'qa-heading' }, 'Quality checks')),
      this.body,
    );
  }
}

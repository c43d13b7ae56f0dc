// Help › Sample articles: the bundled pairs (an MT with its source and glossaries), each
// opened with one click, the way a new user tries the tool out.
import type { BundledSample } from '../host/bundled-sample';
import { h } from '../ui/dom';
import { showModal } from './modal';

/** The sample the user chose, or undefined when they closed the dialog. */
export function chooseSample(samples: readonly BundledSample[]): Promise<BundledSample | undefined> {
  let chosen: BundledSample | undefined;
  const list = h(
    'ul',
    { class: 'sample-list' },
    ...samples.map((sample) => {
      const open = h('button', { type: 'button', class: 'button primary' }, 'Open');
      open.setAttribute('aria-label', `Open ${sample.title}`);
      open.addEventListener('click', () => {
        chosen = sample;
        open.closest('dialog')?.close();
      });
      return h(
        'li',
        { class: 'sample-item' },
        h('div', { class: 'sample-text' }, h('strong', {}, sample.title), h('span', { class: 'sample-detail' }, `${sample.languages} · MT, source and glossary`)),
        open,
      );
    }),
  );
  const dialog = showModal<undefined>({
    title: 'Sample articles',
    description: 'Machine-translated news with the original beside it: try the three panes, the checks against the source and the spell-check.',
    body: list,
    buttons: [{ label: 'Close', value: undefined }],
    dismissValue: undefined,
  });
  return dialog.then(() => chosen);
}

// After a crash or a kill, the autosave holds work the user never saved: offer it back.
import type { SessionSnapshot } from '../host/host';
import { h } from '../ui/dom';
import { showModal } from './modal';

export function askToRestore(snapshot: SessionSnapshot): Promise<'restore' | 'discard'> {
  const when = new Date(snapshot.savedAt).toLocaleString();
  return showModal<'restore' | 'discard'>({
    title: 'Restore unsaved work?',
    description: h(
      'p',
      {},
      'Glossa was closed before your edits to ',
      h('strong', {}, snapshot.articleName),
      ` were saved. The last autosave is from ${when}.`,
    ),
    buttons: [
      { label: 'Discard', value: 'discard' },
      { label: 'Restore', value: 'restore', primary: true },
    ],
    // Escape must never throw work away: dismissing keeps it.
    dismissValue: 'restore',
  });
}

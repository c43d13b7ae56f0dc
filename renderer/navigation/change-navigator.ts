// F7 / Shift+F7: from change to change against the MT at word level — each run of
// inserted, deleted or replaced words, in text order (core/review/change-runs.ts) — the
// changed words selected in the post-edit and the MT words they replace selected in the
// MT pane. The list comes from the edit meter worker, which keeps the article diff warm;
// it is asked for on each press, for the text as it stands.
import type { WordChange } from '../../core/review/change-runs';
import { nextChange, previousChange } from '../../core/work/change-navigation';
import type { DiffView } from '../editor/diff-view';
import type { EditMeterClient } from '../engine/edit-meter-client';
import type { Announcer } from '../ui/announcer';

export interface ChangeNavigatorDeps {
  diffView: DiffView;
  meter: EditMeterClient;
  announcer: Announcer;
  /** Whether the editor should take focus (not when the user pressed F7 in a list). */
  focusEditor(): boolean;
}

/** What a screen reader hears: "Change 3 of 58: “Sands” replaced by “Peskov”". */
export function describeChange(change: WordChange, index: number, count: number): string {
  const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
  const what =
    change.kind === 'insert'
      ? `${quote(change.peText)} added`
      : change.kind === 'delete'
        ? `${quote(change.mtText)} deleted`
        : `${quote(change.mtText)} replaced by ${quote(change.peText)}`;
  return `Change ${index + 1} of ${count}: ${what}`;
}

export class ChangeNavigator {
  /** The change F7 last went to, in the text version it was found in: a deletion is an
   *  empty range, and only this tells "on it" from "just before it". */
  private last: { model: unknown; version: number; index: number } | undefined;

  constructor(private readonly deps: ChangeNavigatorDeps) {}

  async go(direction: 'next' | 'previous'): Promise<void> {
    const { diffView, meter, announcer } = this.deps;
    const model = diffView.postEditModel;
    if (!model) return;
    const focus = this.deps.focusEditor();
    const { version, changes } = await meter.changes();
    // Another article, or typing since the question: the answer is for another text.
    if (diffView.postEditModel !== model || model.getVersionId() !== version) return;
    if (changes.length === 0) {
      announcer.say('No changes against the MT');
      return;
    }
    const selection = diffView.selectionOffsets();
    const visited = this.last && this.last.model === model && this.last.version === version ? this.last.index : undefined;
    let index = direction === 'next' ? nextChange(changes, selection, visited) : previousChange(changes, selection);
    let wrapped = false;
    if (index === undefined) {
      index = direction === 'next' ? 0 : changes.length - 1;
      wrapped = true;
    }
    const change = changes[index]!;
    this.last = { model, version, index };
    diffView.revealChange({ start: change.peStart, end: change.peEnd }, { start: change.mtStart, end: change.mtEnd }, focus);
    const where = wrapped ? (direction === 'next' ? ' (from the top)' : ' (from the end)') : '';
    announcer.say(`${describeChange(change, index, changes.length)}${where}`);
  }
}

// Messages between the window and the edit meter worker (edit-meter.worker.ts), which
// keeps its own copy of the post-edit (text-mirror.ts) and answers everything measured
// against the MT: the status bar's edit figures, the word-level changes F7 steps
// through, and the editing effort. Every request brings the copy up to date (`sync`) and
// carries the keystrokes and cursor moves recorded since the last one.
import type { WordChange } from '../../core/review/change-runs';
import type { EffortSnapshot, SavedEffort } from '../../core/work/effort';
import type { Activity } from '../effort/effort-recorder';
import type { EditFigures } from './edit-meter';
import type { TextUpdate } from './text-mirror';

interface Synced {
  id: number;
  sync: TextUpdate;
  activities: Activity[];
}

export type EditMeterRequest =
  | (Synced & { kind: 'measure' })
  | (Synced & { kind: 'changes' })
  /** Start counting effort for the article the text belongs to, from what was saved. */
  | (Synced & { kind: 'effort-reset'; saved?: SavedEffort })
  /** The effort so far, `now` on the window's clock; `words` adds the per-paragraph word
   *  counts of a snapshot (for the report), which cost a pass over the article. */
  | (Synced & { kind: 'effort'; now: number; words: boolean });

export type EditMeterResponse =
  | { id: number; kind: 'measure'; version: number; figures: EditFigures }
  | { id: number; kind: 'changes'; version: number; changes: WordChange[] }
  | { id: number; kind: 'effort-reset' }
  | { id: number; kind: 'effort'; saved: SavedEffort | null; snapshot: EffortSnapshot | null }
  /** The worker's copy could not follow: send the request again with the whole text. */
  | { id: number; kind: 'resync' }
  | { id: number; kind: 'failure'; message: string };

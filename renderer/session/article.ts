// The article being post-edited: its MT text (left pane) and how its file was stored,
// so an export can be written back the way the file came in.
import type { DecodedText } from '../../core/types';

export interface Article {
  /** File name shown in the title bar, e.g. "kremlin-kerry.mt.txt". */
  name: string;
  /** Absolute path (Electron): with the MT's hash, the key its work is found by. */
  path?: string;
  mtText: string;
  /** hashText(mtText) (shared/hash.ts). */
  mtHash: string;
  lineEnding: DecodedText['lineEnding'];
  hadBom: boolean;
  encoding: string;
}

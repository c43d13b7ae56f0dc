// The article being post-edited: its MT text (left pane) and how its file was stored,
// so an export can be written back the way the file came in.
import type { DecodedText } from '../../core/types';

export interface Article {
  /** File name shown in the title bar, e.g. "kremlin-kerry.mt.txt". */
  name: string;
  /** Absolute path (Electron) — also the key for "recent articles". */
  path?: string;
  mtText: string;
  lineEnding: DecodedText['lineEnding'];
  hadBom: boolean;
  encoding: string;
}

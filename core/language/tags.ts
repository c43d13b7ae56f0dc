// Language tags as users and files write them ("en", "en-GB", "EN", "eng", "pt_BR")
// reduced to the codes the detector and the tables use.
import { ISO6391_TO_ISO6393 } from './iso639.js';

/** "en", "en-GB", "eng" → "eng"; a 639-1 code the tables lack, or anything else, is
 *  kept as written (lower-case primary subtag). */
export function iso6393Of(tag: string): string {
  const primary = primarySubtag(tag);
  return primary.length === 2 ? (ISO6391_TO_ISO6393[primary] ?? primary) : primary;
}

/** "en-GB", "EN", "pt_BR" → "en", "pt". */
export function primarySubtag(tag: string): string {
  return (tag.trim().split(/[-_]/)[0] ?? '').toLowerCase();
}

// Plain text: the post-edit exactly, in UTF-8, with the article's own line endings.
import { encodeUtf8 } from '../text/decode';
import { withLineEnding } from './article-text';
import type { ExportInput } from './types';

export function exportTxt(input: ExportInput): Uint8Array {
  return encodeUtf8(withLineEnding(input.postEdit, input.lineEnding));
}

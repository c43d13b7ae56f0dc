// Plain text: the post-edit exactly, in UTF-8, with the article's own line endings (and its
// byte-order mark, when asked to keep one).
import { encodeUtf8 } from '../text/decode';
import { withByteOrderMark, withLineEnding } from './article-text';
import type { ExportInput } from './types';

export function exportTxt(input: ExportInput): Uint8Array {
  return withByteOrderMark(encodeUtf8(withLineEnding(input.postEdit, input.lineEnding)), input.byteOrderMark);
}

// Field validators both the IPC channels (shared/contract.ts) and the article's work
// (shared/work.ts) use, with the bounds that follow from the one size limit.
import { MAX_ARTICLE_BYTES } from '../core/text/limits';
import { integer, PayloadError, string, type Validator } from './validation';

/** The one size limit (core/text/limits.ts): no article or glossary Glossa reads is bigger,
 *  so nothing bigger ever needs to cross the bridge as bytes. */
export const MAX_FILE_BYTES = MAX_ARTICLE_BYTES;
/** A decoded 50 MB file has at most that many UTF-16 units; the post-edit may grow, so twice. */
export const MAX_TEXT_CHARS = 2 * MAX_FILE_BYTES;
/** base64 of a 50 MB glossary. */
const MAX_BASE64_CHARS = Math.ceil(MAX_FILE_BYTES / 3) * 4;

export const displayName = string({ maxLength: 1024, nonEmpty: true });
export const filePath = string({ maxLength: 4096, nonEmpty: true });
export const text = string({ maxLength: MAX_TEXT_CHARS });
/** A UTF-16 offset into a text. */
export const offset = integer({ min: 0, max: MAX_TEXT_CHARS });

export const base64: Validator<string> = (value, path) => {
  const checked = string({ maxLength: MAX_BASE64_CHARS })(value, path);
  if (checked.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(checked)) {
    throw new PayloadError(`${path} must be base64 text`);
  }
  return checked;
};

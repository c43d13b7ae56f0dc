// The 50 MB article limit, checked on the File object before a byte is read: reading a
// 2 GB file into memory only to refuse it would stall the window first.
import { MAX_ARTICLE_BYTES } from '../../core/text/limits';
import { isWorkFileName } from '../../shared/work';

export class ArticleTooLargeError extends Error {
  override readonly name = 'ArticleTooLargeError';
}

/** A `.glossa` file holds the MT and the post-edit (and glossaries): up to a few articles. */
export const MAX_WORK_FILE_BYTES = 4 * MAX_ARTICLE_BYTES;

/** Throws ArticleTooLargeError naming the file and the limit; the decoder says the same. */
export function checkArticleSize(file: { name: string; size: number }): void {
  const work = isWorkFileName(file.name);
  const max = work ? MAX_WORK_FILE_BYTES : MAX_ARTICLE_BYTES;
  if (file.size <= max) return;
  const size = `${(file.size / (1024 * 1024)).toFixed(1)} MB`;
  const limit = `${max / (1024 * 1024)} MB`;
  throw new ArticleTooLargeError(`${file.name} is ${size}, over the ${limit} limit for ${work ? 'work files' : 'articles'}.`);
}

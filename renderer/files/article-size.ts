// The 50 MB article limit, checked on the File object before a byte is read: reading a
// 2 GB file into memory only to refuse it would stall the window first.
import { MAX_ARTICLE_BYTES } from '../../core/text/limits';

export class ArticleTooLargeError extends Error {
  override readonly name = 'ArticleTooLargeError';
}

/** Throws ArticleTooLargeError naming the file and the limit; the decoder says the same. */
export function checkArticleSize(file: { name: string; size: number }): void {
  if (file.size <= MAX_ARTICLE_BYTES) return;
  const size = `${(file.size / (1024 * 1024)).toFixed(1)} MB`;
  const limit = `${MAX_ARTICLE_BYTES / (1024 * 1024)} MB`;
  throw new ArticleTooLargeError(`${file.name} is ${size}, over the ${limit} limit for articles.`);
}

// Glossa's size limit for articles, in a module of its own so the window's UI thread can
// check a file's size before reading it without bundling the decoder (chardet).
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

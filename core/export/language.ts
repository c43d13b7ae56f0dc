// The language tag the structured exports declare (html lang, docx proofing language).
import { detectLanguage } from '../language/detect';
import type { ExportInput } from './types';

/** `input.language` (ISO 639-1) if given, else detected from the post-edit, else `und`. */
export function exportLanguage(input: Pick<ExportInput, 'language' | 'postEdit'>): string {
  if (input.language !== undefined && input.language.trim() !== '') return input.language.trim();
  return detectLanguage(input.postEdit).iso6391 ?? 'und';
}

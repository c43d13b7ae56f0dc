// Language names in English from the detector's codes ("ru" → "Russian"), for the status
// bar and the editor's gutter.

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export interface LanguageCode {
  /** ISO 639-3, as franc names it; `und` when undetermined. */
  language: string;
  iso6391?: string;
}

/** "Russian"; a code Intl does not know is shown as the code itself. */
export function languageName(language: LanguageCode): string {
  try {
    return languageNames.of(language.iso6391 ?? language.language) ?? language.language;
  } catch {
    return language.language;
  }
}

/** The gutter's hover over a paragraph in another language: "Paragraph in Russian (article: English)". */
export function foreignParagraphMessage(paragraph: LanguageCode, article: LanguageCode): string {
  return `Paragraph in ${languageName(paragraph)} (article: ${languageName(article)})`;
}

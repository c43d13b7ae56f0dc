// The paragraph alignment of the source, the MT and the post-edit, kept between reviews
// in the reviewing worker: the source is aligned with the MT once per article (neither
// changes while the editor types) and composed with the MT–post-edit alignment, kept warm
// so that a keystroke re-measures only the paragraph typed in (core/review:
// alignSourceParagraphs, ParagraphAligner, composeAlignment). QA against the source gets
// it ready-made, and the window lines its three panes up by it.
import { ParagraphAligner } from '../../core/review/align';
import { alignSourceParagraphs, type SourceAlignmentGroup } from '../../core/review/align-source';
import { composeAlignment, type ThreeWayGroup } from '../../core/review/align-three';
import { splitParagraphs } from '../../core/text/paragraphs';

export interface AlignmentInput {
  source: string;
  /** The source's language (ISO 639-1 or BCP 47), when known. */
  sourceLanguage?: string;
  mt: string;
  /** The MT's (and post-edit's) language, when known. */
  language?: string;
  postEdit: string;
}

export class SourceAligner {
  private sourceMt: { source: string; mt: string; languages: string; mtTexts: string[]; groups: SourceAlignmentGroup[] } | undefined;
  /** The MT–post-edit alignment, as alignParagraphs gives it, reusing what it measured. */
  private readonly mtPe = new ParagraphAligner();
  /** What the last call did, for tests: whether the source–MT alignment was computed. */
  lastAlignedSource = false;

  align(input: AlignmentInput): ThreeWayGroup[] {
    const languages = `${input.sourceLanguage ?? ''}\u0000${input.language ?? ''}`;
    let sourceMt = this.sourceMt;
    this.lastAlignedSource = !sourceMt || sourceMt.source !== input.source || sourceMt.mt !== input.mt || sourceMt.languages !== languages;
    if (this.lastAlignedSource) {
      const mtTexts = splitParagraphs(input.mt).map((paragraph) => paragraph.text);
      const sourceTexts = splitParagraphs(input.source).map((paragraph) => paragraph.text);
      const groups = alignSourceParagraphs(sourceTexts, mtTexts, {
        ...(input.sourceLanguage !== undefined ? { source: input.sourceLanguage } : {}),
        ...(input.language !== undefined ? { target: input.language } : {}),
      });
      sourceMt = this.sourceMt = { source: input.source, mt: input.mt, languages, mtTexts, groups };
    }
    const peTexts = splitParagraphs(input.postEdit).map((paragraph) => paragraph.text);
    return composeAlignment(sourceMt!.groups, this.mtPe.align(sourceMt!.mtTexts, peTexts));
  }
}

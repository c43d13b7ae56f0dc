// Word document with the `docx` package: the headline as Heading 1, one paragraph per
// paragraph, the title in the document properties. Packed to an ArrayBuffer, which works
// in Node, the renderer and a Web Worker alike (no Node Buffer involved).
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { articleBlocks, documentTitle } from './article-text';
import { exportLanguage } from './language';
import type { ExportInput } from './types';

export async function exportDocx(input: ExportInput): Promise<Uint8Array> {
  const blocks = articleBlocks(input.postEdit);
  const language = exportLanguage(input);
  const children: Paragraph[] = [];
  if (blocks.heading !== undefined) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(blocks.heading)] }));
  }
  for (const paragraph of blocks.paragraphs) children.push(new Paragraph({ children: [new TextRun(paragraph)] }));
  const document = new Document({
    title: documentTitle(input.title, blocks),
    creator: 'Glossa',
    // Word's spell checker and hyphenation follow the proofing language of the text.
    ...(language !== 'und' ? { styles: { default: { document: { run: { language: { value: language } } } } } } : {}),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

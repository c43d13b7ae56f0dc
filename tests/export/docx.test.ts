import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx';
import { SEED_PE } from './samples';

interface WordParagraph {
  style?: string;
  text: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Keep document order and repeated elements: paragraphs and runs come as arrays.
  isArray: (name) => ['w:p', 'w:r', 'w:t'].includes(name),
  trimValues: false,
  parseTagValue: false,
});

function readDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} missing from the docx`);
    return new TextDecoder().decode(file);
  };
  const document = parser.parse(text('word/document.xml'));
  const body = document['w:document']['w:body'];
  const paragraphs: WordParagraph[] = (body['w:p'] ?? []).map((p: Record<string, unknown>) => {
    const style = (p['w:pPr'] as Record<string, Record<string, string>> | undefined)?.['w:pStyle']?.['@w:val'];
    const runs = (p['w:r'] as Array<Record<string, unknown>> | undefined) ?? [];
    const runText = runs
      .flatMap((run) => (run['w:t'] as Array<string | { '#text'?: string }> | undefined) ?? [])
      .map((t) => (typeof t === 'string' ? t : (t['#text'] ?? '')))
      .join('');
    return style !== undefined ? { style, text: runText } : { text: runText };
  });
  const core = parser.parse(text('docProps/core.xml'))['cp:coreProperties'];
  const styles = text('word/styles.xml');
  return { names: Object.keys(files), paragraphs, title: String(core['dc:title']), styles };
}

describe('docx export read back from the zip', () => {
  it('has the seed’s headline as Heading 1, each paragraph once, and the title in core properties', async () => {
    const docx = readDocx(await exportDocx({ postEdit: SEED_PE, lineEnding: '\n' }));
    const blocks = SEED_PE.split(/\n\s*\n/).map((block) => block.trim());
    expect(docx.names).toContain('[Content_Types].xml');
    expect(docx.paragraphs[0]).toEqual({ style: 'Heading1', text: blocks[0] });
    expect(docx.paragraphs.slice(1)).toEqual(blocks.slice(1).map((text) => ({ text })));
    expect(docx.title).toBe(blocks[0]);
    // Heading1 must be defined, or Word shows the headline as body text.
    expect(docx.styles).toMatch(/w:styleId="Heading1"/);
    expect(docx.styles).toMatch(/<w:lang w:val="en"/);
  });

  it('keeps characters XML would misread and uses the caller’s title', async () => {
    const postEdit = 'He said <no> & "yes".\nThen left.\n\nA second paragraph with ]]> inside.';
    const docx = readDocx(await exportDocx({ postEdit, lineEnding: '\n', title: 'Notes & <queries>', language: 'en' }));
    expect(docx.title).toBe('Notes & <queries>');
    expect(docx.paragraphs).toEqual([{ text: 'He said <no> & "yes". Then left.' }, { text: 'A second paragraph with ]]> inside.' }]);
  });

  it('is returned as a Uint8Array holding a zip', async () => {
    const bytes = await exportDocx({ postEdit: 'x', lineEnding: '\n' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});

// LibreOffice is not part of the CI image; where it is installed, it must open the file.
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));

describe.runIf(soffice !== undefined)('docx opened by LibreOffice', () => {
  it('converts to text with every paragraph, and to HTML with the headline as <h1>', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossa-docx-'));
    try {
      writeFileSync(join(dir, 'seed.docx'), await exportDocx({ postEdit: SEED_PE, lineEnding: '\n' }));
      execFileSync(soffice as string, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, join(dir, 'seed.docx')], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      execFileSync(soffice as string, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'html', '--outdir', dir, join(dir, 'seed.docx')], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      const html = readFileSync(join(dir, 'seed.html'), 'utf8');
      expect(html.replace(/\s+/g, ' ')).toMatch(/<h1[^>]*>.*Kremlin comments on Putin(?:'|&#39;|’)s meeting with Kerry.*<\/h1>/);
      const lines = readFileSync(join(dir, 'seed.txt'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line !== '');
      expect(lines).toEqual(SEED_PE.split(/\n\s*\n/).map((block) => block.trim()));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

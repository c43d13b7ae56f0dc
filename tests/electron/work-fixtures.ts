// Article works for the tests: whole, valid works (every field the schema knows, optional
// ones included where asked), derived from a few parameters.
import { bytesToBase64 } from '../../shared/base64';
import { hashBytes, hashText } from '../../shared/hash';
import { WORK_FORMAT, WORK_VERSION, type ArticleWork } from '../../shared/work';

export interface WorkOptions {
  name?: string;
  path?: string;
  mt?: string;
  postEdit?: string;
  savedAt?: number;
  glossaries?: { file: string; bytes: Uint8Array; embed?: boolean; enabled?: boolean }[];
  /** Fill every optional field (source, effort) and the lists no UI sets yet. */
  full?: boolean;
}

export function workOf(options: WorkOptions = {}): ArticleWork {
  const mt = options.mt ?? 'Лавров встретился с Керри.\n\nSands said.\n';
  const postEdit = options.postEdit ?? 'Lavrov met Kerry.\n\nPeskov said.\n';
  const peskov = postEdit.indexOf('Peskov');
  const work: ArticleWork = {
    format: WORK_FORMAT,
    version: WORK_VERSION,
    article: {
      name: options.name ?? 'a.mt.txt',
      ...(options.path !== undefined ? { path: options.path } : {}),
      encoding: 'utf-8',
      lineEnding: '\n',
      hadBom: false,
      mtHash: hashText(mt),
    },
    mt,
    postEdit,
    applied: peskov >= 0 ? [{ start: peskov, end: peskov + 6, from: 'Sands', to: 'Peskov', source: 'Sands', glossary: 'names.tsv', line: 2 }] : [],
    skipped: [],
    ignoredIssues: [],
    confirmedParagraphs: [],
    glossaries: (options.glossaries ?? []).map((g) => ({
      name: g.file.split('/').pop() ?? g.file,
      file: g.file,
      enabled: g.enabled ?? true,
      hash: hashBytes(g.bytes),
      ...(g.embed ? { base64: bytesToBase64(g.bytes) } : {}),
    })),
    editingMs: 12_345,
    view: { cursor: { lineNumber: 3, column: 2 }, hideUnchanged: false },
    savedAt: options.savedAt ?? 1_700_000_000_000,
    unsavedChanges: true,
  };
  if (options.full) {
    const lavrov = postEdit.indexOf('Lavrov');
    work.skipped = lavrov < 0 ? [] : [{ start: lavrov, end: lavrov + 6, from: 'Lavrov', to: 'Sergei Lavrov', source: 'Lavrov', glossary: 'names.tsv', line: 3, note: 'full name on first mention' }];
    work.ignoredIssues = [{ check: 'double-space', start: 0, end: Math.min(2, postEdit.length), message: 'Two spaces' }];
    work.confirmedParagraphs = [0];
    work.effort = { paragraphs: [{ paragraph: 0, ms: 5000, keystrokes: 42 }, { paragraph: 1, ms: 1200.5, keystrokes: 3 }] };
    work.source = { name: 'a.ru.txt', path: '/docs/a.ru.txt', text: 'Лавров встретился с Керри.\n' };
    work.spellingIgnored = ['Glossa', 'Kerrys'];
    work.savedTo = '/docs/a.mt.glossa';
  }
  return work;
}

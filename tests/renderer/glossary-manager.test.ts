// The glossary manager's logic without a window: the worker's service (documents cached
// by content, edits checked and refused whole, problems with their lines, hits in
// context), the search over 10,000 entries, and the editing layer's undo/redo and
// write-back through a host and a glossary list (fakes that record what they are asked).
import { describe, expect, it } from 'vitest';
import { USER_GLOSSARY } from '../../shared/contract';
import { hashBytes } from '../../shared/hash';
import { searchEntries, entryCount, queryWords } from '../../renderer/glossary-manager/entry-search';
import { GlossaryEditing, NEW_USER_GLOSSARY, EntryEditError } from '../../renderer/glossary-manager/glossary-editing';
import { GlossaryFiles } from '../../renderer/glossary-manager/glossary-files';
import { ManagerService } from '../../renderer/glossary-manager/manager-service';
import type { ManagerClient } from '../../renderer/glossary-manager/manager-client';
import type { GlossarySource } from '../../renderer/glossary-manager/manager-protocol';
import type { GlossaryItem, GlossaryList } from '../../renderer/glossaries/glossary-list';
import type { Host } from '../../renderer/host/host';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function source(key: string, file: string, text: string, extra: Partial<GlossarySource> = {}): GlossarySource & { needView: boolean } {
  const bytes = encode(text);
  return { key, file, bytes, hash: hashBytes(bytes), needView: true, ...extra };
}

const DESK = '# desk -*- coding: utf-8 -*-\r\ntold about\tspoke of\tstyle 4.2\r\nmeeting\tmeeting\r\nKremlin\tKremlin\r\n';
const OTHER = 'Kremlin\tthe Kremlin\n\t\n';

describe('ManagerService (the worker)', () => {
  it('opens documents with their entries and ids, and lists problems with their lines', () => {
    const service = new ManagerService();
    const { documents, problems } = service.open({ glossaries: [source('a', '/d/desk.tsv', DESK), source('b', '/d/other.tsv', OTHER)] });
    expect(documents[0]?.view?.entries.map((entry) => [entry.id, entry.line, entry.source, entry.target ?? null, entry.note ?? null])).toEqual([
      [0, 2, 'told about', 'spoke of', 'style 4.2'],
      [1, 3, 'meeting', 'meeting', null],
      [2, 4, 'Kremlin', 'Kremlin', null],
    ]);
    expect(documents[0]?.view?.readOnly).toBeUndefined();
    // meeting → meeting and Kremlin → Kremlin are keep entries, no problem by themselves;
    // the keep entry makes other.tsv's Kremlin → the Kremlin a rule that never applies.
    expect(problems.map((problem) => [problem.kind, problem.at?.file, problem.at?.line])).toEqual([
      ['conflicting-targets', '/d/desk.tsv', 4],
    ]);
    expect(problems[0]?.message).toBe('“Kremlin” has different targets: desk.tsv line 4 keeps it as it is, so other.tsv line 1 “Kremlin → the Kremlin” never applies');
  });

  it('sends a view only where the window lacks it, and reads an unchanged file once', () => {
    const service = new ManagerService();
    const first = service.open({ glossaries: [source('a', 'desk.tsv', DESK)] });
    const again = service.open({ glossaries: [{ ...source('a', 'desk.tsv', DESK), needView: false }] });
    expect(first.documents[0]?.view).toBeDefined();
    expect(again.documents[0]).toEqual({ key: 'a', hash: hashBytes(encode(DESK)) });
  });

  it('an edit returns the new bytes (the rest of the file as written) and the ids added', () => {
    const service = new ManagerService();
    const desk = source('a', 'desk.tsv', DESK);
    service.open({ glossaries: [desk] });
    const updated = service.edit({ glossary: desk, edits: [{ type: 'update', id: 0, entry: { source: 'told about', target: 'talked about', note: 'style 4.2' } }] });
    expect(updated.ok && decode(updated.bytes)).toBe(DESK.replace('spoke of', 'talked about'));
    const added = service.edit({ glossary: desk, edits: [{ type: 'add', entry: { source: 'Sands', target: 'Peskov' }, after: 0 }] });
    expect(added.ok && added.added).toEqual([3]);
    expect(added.ok && decode(added.bytes)).toBe('# desk -*- coding: utf-8 -*-\r\ntold about\tspoke of\tstyle 4.2\r\nSands\tPeskov\r\nmeeting\tmeeting\r\nKremlin\tKremlin\r\n');
  });

  it('refuses what the format cannot hold, naming the field, and TBX outright', () => {
    const service = new ManagerService();
    const desk = source('a', 'desk.tsv', DESK);
    expect(service.edit({ glossary: desk, edits: [{ type: 'update', id: 0, entry: { source: 'told\tabout', target: 'x' } }] })).toMatchObject({ ok: false });
    expect(service.edit({ glossary: desk, edits: [{ type: 'add', entry: { source: 'a', target: 'b', caseSensitive: true } }] })).toMatchObject({ ok: false, error: expect.stringContaining('case-sensitive') });
    const tbx = source('t', 'terms.tbx', '<martif type="TBX" xml:lang="en"><text><body><termEntry><langSet xml:lang="en"><tig><term>collaboration</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig><tig><term>cooperation</term></tig></langSet></termEntry></body></text></martif>', { targetLanguage: 'en' });
    const opened = service.open({ glossaries: [tbx] }).documents[0];
    expect(opened?.view?.readOnly).toMatch(/^TBX termbases are read-only/);
    expect(service.edit({ glossary: tbx, edits: [{ type: 'delete', id: 0 }] })).toMatchObject({ ok: false, error: expect.stringMatching(/read-only/) });
  });

  it('finds an entry’s hits with the engine’s rules (word boundaries, smart case) and their context', () => {
    const service = new ManagerService();
    const text = 'The Kremlin said. Kremlinology is not it.\n\nkremlin, in lower case, matches: smart case.';
    const answer = service.hits({ file: 'desk.tsv', entry: { source: 'Kremlin', target: 'the Kremlin', line: 4 }, text, limit: 10 });
    expect(answer.total).toBe(1);
    expect(answer.hits[0]).toMatchObject({ start: 4, end: 11, snippet: { before: 'The ', hit: 'Kremlin', after: ' said. Kremlinology is not…' } });
    const folded = service.hits({ file: 'desk.tsv', entry: { source: 'kremlin', line: 2 }, text, limit: 1 });
    expect(folded.total).toBe(2);
    expect(folded.hits).toHaveLength(1);
  });
});

describe('searchEntries', () => {
  const glossaries = (() => {
    const service = new ManagerService();
    const lines = Array.from({ length: 10_000 }, (_, k) => `term ${k}\ttarget ${k}\tnote ${k % 7 === 0 ? 'sports desk' : 'politics'}`);
    const { documents } = service.open({ glossaries: [source('big', 'big.tsv', `${lines.join('\n')}\n`), source('a', 'desk.tsv', DESK)] });
    return documents.map((document) => ({ key: document.key, document: document.view }));
  })();

  it('lists every entry for an empty query, in glossary then file order', () => {
    const rows = searchEntries(glossaries, '  ');
    expect(rows).toHaveLength(10_003);
    expect(entryCount(glossaries)).toBe(10_003);
    expect(rows[10_000]).toEqual({ glossary: glossaries[1], index: 0 });
  });

  it('keeps the entries holding every word of the query in source, target or note, ignoring case', () => {
    expect(queryWords('  Sports  DESK ')).toEqual(['sports', 'desk']);
    expect(searchEntries(glossaries, 'SPORTS desk')).toHaveLength(1429);
    expect(searchEntries(glossaries, 'target 9999').map((row) => row.index)).toEqual([9999]);
    expect(searchEntries(glossaries, 'spoke').map((row) => [row.glossary.key, row.index])).toEqual([['a', 0]]);
    expect(searchEntries(glossaries, 'term 1', 'a')).toEqual([]);
  });
});

// ── The editing layer, with a recording host and glossary list ───────────────────────

function fakes(options: { kind?: 'browser' | 'electron'; refuse?: string } = {}) {
  const writes: Array<{ where: string; text: string }> = [];
  const items: GlossaryItem[] = [];
  let next = 1;
  const list = {
    get all() {
      return items;
    },
    get userGlossary() {
      return items.find((item) => item.isUser);
    },
    async update(key: string, bytes: Uint8Array) {
      const item = items.find((candidate) => candidate.key === key)!;
      item.bytes = bytes;
      item.hash = hashBytes(bytes);
    },
    async add(file: { name: string; bytes: Uint8Array; role?: string }) {
      const item: GlossaryItem = { key: `g${next++}`, file: file.name, bytes: file.bytes, hash: hashBytes(file.bytes), enabled: true, isUser: file.role === 'user-glossary', missing: false };
      if (item.isUser) items.unshift(item);
      else items.push(item);
      return item;
    },
  } as unknown as GlossaryList;
  const host = {
    kind: options.kind ?? 'electron',
    async writeUserGlossary(bytes: Uint8Array) {
      writes.push({ where: USER_GLOSSARY.fileName, text: decode(bytes) });
    },
    glossaryWriteMode: (file: { path?: string }) => (file.path ? 'in-place' : 'download'),
    async writeGlossaryFile(file: { name: string; path?: string }, bytes: Uint8Array) {
      if (options.refuse) throw new Error(options.refuse);
      writes.push({ where: file.path ?? file.name, text: decode(bytes) });
      return file.path ?? file.name;
    },
  } as unknown as Host;
  const service = new ManagerService();
  const client = { call: async (kind: 'open' | 'edit' | 'hits', request: never) => service[kind](request) } as unknown as ManagerClient;
  const files = new GlossaryFiles(host, list);
  const editing = new GlossaryEditing(client, list, files, () => 'en');
  return { writes, items, list, editing, files };
}

describe('GlossaryEditing', () => {
  it('creates my glossary on its first entry, one undo step per edit, redo alike', async () => {
    const { writes, items, editing } = fakes();
    const [user] = await editing.managed();
    expect(user).toMatchObject({ key: NEW_USER_GLOSSARY, isUser: true, target: { kind: 'user' } });
    expect(user?.document?.entries).toEqual([]);
    await editing.apply(user!, { type: 'add', entry: { source: 'Sands', target: 'Peskov' } }, 'Added “Sands → Peskov”');
    expect(items[0]).toMatchObject({ isUser: true, file: USER_GLOSSARY.fileName });
    const [mine] = await editing.managed();
    await editing.apply(mine!, { type: 'add', entry: { source: 'Kerry', target: 'John Kerry' } }, 'Added “Kerry → John Kerry”');
    expect(writes.map((write) => write.text)).toEqual(['Sands\tPeskov\n', 'Sands\tPeskov\nKerry\tJohn Kerry\n']);
    expect(editing.undoDescription).toBe('Added “Kerry → John Kerry”');

    await editing.undo();
    expect(decode(items[0]!.bytes)).toBe('Sands\tPeskov\n');
    expect(editing.redoDescription).toBe('Added “Kerry → John Kerry”');
    await editing.redo();
    expect(decode(items[0]!.bytes)).toBe('Sands\tPeskov\nKerry\tJohn Kerry\n');
    expect(writes).toHaveLength(4);
  });

  it('writes a file loaded from disk in place before the engine gets it; a refused write changes nothing', async () => {
    const ok = fakes();
    await ok.list.add({ name: '/d/desk.tsv', bytes: encode(DESK) });
    (ok.items[0] as { file: string }).file = '/d/desk.tsv';
    const desk = (await ok.editing.managed()).find((glossary) => glossary.name === 'desk.tsv')!;
    expect(desk.target).toMatchObject({ kind: 'file', mode: 'in-place' });
    await ok.editing.apply(desk, { type: 'delete', id: 1 }, 'Deleted “meeting → meeting”');
    expect(ok.writes).toEqual([{ where: '/d/desk.tsv', text: DESK.replace('meeting\tmeeting\r\n', '') }]);
    expect(decode(ok.items[0]!.bytes)).toBe(DESK.replace('meeting\tmeeting\r\n', ''));

    const refused = fakes({ refuse: 'desk.tsv was changed by another program since Glossa read it' });
    await refused.list.add({ name: '/d/desk.tsv', bytes: encode(DESK) });
    (refused.items[0] as { file: string }).file = '/d/desk.tsv';
    const same = (await refused.editing.managed()).find((glossary) => glossary.name === 'desk.tsv')!;
    await expect(refused.editing.apply(same, { type: 'delete', id: 1 }, 'Deleted')).rejects.toThrow(/changed by another program/);
    expect(decode(refused.items[0]!.bytes)).toBe(DESK);
    expect(refused.editing.canUndo).toBe(false);
  });

  it('a glossary the host cannot write keeps its edits in the window until saved, and says so', async () => {
    const { list, items, editing, files, writes } = fakes({ kind: 'browser' });
    await list.add({ name: 'plain.tsv', bytes: encode(DESK) });
    const plain = (await editing.managed()).find((glossary) => glossary.name === 'plain.tsv')!;
    expect(plain.target).toMatchObject({ kind: 'file', mode: 'download' });
    await editing.apply(plain, { type: 'delete', id: 2 }, 'Deleted');
    expect(writes).toEqual([]);
    expect(files.isUnwritten(items[0])).toBe(true);
    expect(files.describe(plain.target, items[0])).toMatch(/^Edited here, not yet on disk/);
    await files.saveToDisk(items[0]!);
    expect(writes).toEqual([{ where: 'plain.tsv', text: DESK.replace('Kremlin\tKremlin\r\n', '') }]);
    expect(files.isUnwritten(items[0])).toBe(false);
  });

  it('refuses an edit the format cannot hold with the field, and an undo over a change made elsewhere', async () => {
    const { list, items, editing } = fakes();
    await list.add({ name: USER_GLOSSARY.fileName, bytes: encode('Sands\tPeskov\n'), role: 'user-glossary' });
    const [mine] = await editing.managed();
    const error = await editing.apply(mine!, { type: 'update', id: 0, entry: { source: 'Sands', target: 'a\tb' } }, 'Changed').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EntryEditError);
    await editing.apply(mine!, { type: 'delete', id: 0 }, 'Deleted “Sands → Peskov”');
    // "Add to glossary" wrote the glossary meanwhile: undo would lose that, so it refuses.
    await list.update(items[0]!.key, encode('Kerry\tJohn Kerry\n'));
    await expect(editing.undo()).rejects.toThrow(/was changed since that edit/);
    expect(decode(items[0]!.bytes)).toBe('Kerry\tJohn Kerry\n');
  });
});

// Every channel's request validator: valid payloads pass, malformed ones are rejected
// with a clean PayloadError (and, through dispatch, a clean Error naming the channel)
// without the handler ever running.
import { describe, expect, it, vi } from 'vitest';
import {
  invokeChannels, mainEvents, MAX_FILE_BYTES, validateEventPayload, validateRequest,
  type InvokeChannel, type MainEvent,
} from '../../shared/contract';
import { dispatch } from '../../electron/ipc-main';
import { PayloadError } from '../../shared/validation';
import { workKey } from '../../shared/work';
import { workOf } from './work-fixtures';

const trustedEvent = { senderFrame: { url: 'app://glossa/index.html', parent: null } };

const work = workOf({ full: true, path: '/home/user/kremlin-kerry.mt.txt', glossaries: [{ file: 'ru-en-politics.tsv', bytes: new Uint8Array([97, 98, 99]), embed: true }] });
const hash = '0123456789abcdef';
const bytes = new Uint8Array([1, 2, 3]);
const notPlain = new (class Payload {
  path = '/x';
})();

/** Typed as a Record over every channel: a new channel without cases does not compile. */
const cases: Record<InvokeChannel, { valid: unknown[]; malformed: unknown[] }> = {
  'article:open': { valid: [null, undefined], malformed: [0, '', {}, [], 'open', { path: '/etc/passwd' }] },
  'glossaries:open': { valid: [null], malformed: [false, {}, ['a.tsv']] },
  'recent:list': { valid: [null], malformed: [1, { all: true }] },
  'recent:open': {
    valid: [{ path: '/home/user/a.txt' }],
    malformed: [null, '/home/user/a.txt', {}, { path: '' }, { path: 42 }, { path: 'x'.repeat(5000) },
      { path: '/a.txt', extra: 1 }, notPlain, [{ path: '/a.txt' }]],
  },
  'recent:add': { valid: [{ path: '/home/user/a.txt' }], malformed: [null, { path: null }, { file: '/a.txt' }] },
  'export:save': {
    valid: [{ suggestedName: 'a.pe.txt', bytes, mimeType: 'text/plain' }],
    malformed: [
      null,
      { suggestedName: 'a.txt', bytes: [1, 2, 3], mimeType: 'text/plain' },
      { suggestedName: 'a.txt', bytes: 'abc', mimeType: 'text/plain' },
      { suggestedName: 'a.txt', bytes: new Uint16Array(2), mimeType: 'text/plain' },
      { suggestedName: '', bytes, mimeType: 'text/plain' },
      { suggestedName: 'a.txt', bytes },
      { suggestedName: 'a.txt', bytes, mimeType: 'text/plain', path: '/etc/passwd' },
      // One byte over the file size limit.
      { suggestedName: 'a.txt', bytes: new Uint8Array(MAX_FILE_BYTES + 1), mimeType: 'text/plain' },
    ],
  },
  'work:read': { valid: [{ key: workKey(work.article) }], malformed: [null, 'key', { key: '' }, { key: 5 }, { key: 'k', path: '/x' }] },
  'work:write': {
    valid: [work, workOf(), { ...work, source: undefined, savedTo: undefined }],
    malformed: [
      null,
      {},
      { ...work, version: 2 },
      { ...work, format: 'glossa-session' },
      { ...work, mt: 5 },
      { ...work, article: { ...work.article, lineEnding: '\n\n' } },
      { ...work, article: { ...work.article, mtHash: 'not-a-hash' } },
      { ...work, view: { ...work.view, cursor: { lineNumber: 0, column: 1 } } },
      { ...work, view: { ...work.view, cursor: { lineNumber: 1.5, column: 1 } } },
      { ...work, glossaries: [{ name: 'g', file: 'g.tsv', enabled: true, hash, base64: 'not base64!' }] },
      { ...work, glossaries: [{ name: 'g', file: 'g.tsv', enabled: 'yes', hash }] },
      { ...work, glossaries: 'none' },
      { ...work, applied: [1] },
      // Offsets must lie within the post-edit.
      { ...work, applied: [{ start: 0, end: work.postEdit.length + 1, from: 'a', to: 'b', source: 'a', glossary: 'g', line: 1 }] },
      // Holes of a sparse array (structured clone keeps them) are not entries either.
      { ...work, skipped: new Array(3) },
      { ...work, glossaries: new Array(1) },
      { ...work, savedAt: Number.NaN },
      { ...work, editingMs: -1 },
      { ...work, unsavedChanges: 'true' },
      { ...work, effort: { paragraphs: [{ paragraph: 0, ms: 1, keystrokes: -1 }] } },
      { ...work, surprise: true },
      JSON.parse('{"__proto__": {"polluted": true}}'),
    ],
  },
  'source:open': { valid: [null], malformed: [1, { path: '/etc/passwd' }] },
  'source:find': {
    valid: [{ articlePath: '/home/user/a.mt.txt' }, { articlePath: '/home/user/a.mt.txt', language: 'en-GB' }],
    malformed: [null, '/home/user/a.mt.txt', { articlePath: '' }, { articlePath: '/a.txt', language: '' },
      { articlePath: '/a.txt', language: 'x'.repeat(36) }, { articlePath: '/a.txt', folder: '/etc' }],
  },
  'user-words:read': { valid: [{ language: 'en' }, { language: 'ru' }], malformed: [null, { language: 'xx' }, { language: 'EN' }, { language: '../en' }, {}] },
  'user-words:write': {
    valid: [{ language: 'de', words: [] }, { language: 'de', words: ['Glossa', 'Kerrys'] }],
    malformed: [
      null,
      { language: 'de' },
      { language: 'de', words: 'Glossa' },
      { language: 'de', words: [''] },
      { language: 'de', words: ['x'.repeat(201)] },
      { language: 'de', words: [1] },
      { language: 'de', words: new Array(2) },
      { language: 'de', words: new Array(100_001).fill('a') },
      { language: 'tlh', words: ['Qapla'] },
    ],
  },
  'work:latest': { valid: [null], malformed: ['x'] },
  'work:keep-glossary': { valid: [{ hash, bytes }], malformed: [null, { hash: 'xyz', bytes }, { hash, bytes: [1] }, { hash }] },
  'work:glossary': { valid: [{ hash }], malformed: [null, { hash: '../../etc/passwd' }, { hash: hash.toUpperCase() }] },
  'work:location': { valid: [null], malformed: [{ where: 1 }] },
  'work:save-file': {
    valid: [{ suggestedName: 'a.glossa', bytes }, { suggestedName: 'a.glossa', bytes, articlePath: '/d/a.txt', target: '/d/a.glossa' }],
    malformed: [null, { suggestedName: '', bytes }, { suggestedName: 'a.glossa', bytes: 'x' }, { suggestedName: 'a.glossa', bytes, target: '' }, { suggestedName: 'a', bytes, mode: 1 }],
  },
  'user-glossary:read': { valid: [null], malformed: [[]] },
  'user-glossary:write': { valid: [{ bytes }], malformed: [null, bytes, { bytes: null }, { bytes: new ArrayBuffer(3) }] },
  'glossary:write': {
    valid: [{ path: '/d/terms.tsv', bytes, previousHash: '0123456789abcdef' }],
    malformed: [null, { path: '/d/terms.tsv', bytes }, { path: '', bytes, previousHash: '0123456789abcdef' }, { path: '/d/terms.tsv', bytes, previousHash: 'not hex' }, { path: '/d/t.tsv', bytes: 'x', previousHash: '0123456789abcdef' }],
  },
  'window:set-title': {
    valid: [{ title: 'Glossa — a.txt', dirty: true }, { title: '', dirty: false }],
    malformed: [null, { title: 'x' }, { title: 1, dirty: true }, { title: 'x', dirty: 'yes' }, { title: 'x'.repeat(2000), dirty: true }],
  },
  'window:close-response': {
    valid: [{ requestId: 1, decision: 'close' }, { requestId: 7, decision: 'stay' }, { requestId: 2, decision: 'failed' }],
    malformed: [null, { requestId: 0, decision: 'close' }, { requestId: 1, decision: 'maybe' }, { requestId: '1', decision: 'close' }],
  },
};

const eventCases: Record<MainEvent, { valid: unknown[]; malformed: unknown[] }> = {
  'menu:command': { valid: ['open-article', 'show-help'], malformed: [null, 'rm -rf', 'toString', 1, { command: 'export' }] },
  'menu:open-recent': { valid: [{ path: '/a.txt' }], malformed: [null, '/a.txt', { path: '' }] },
  'window:close-requested': { valid: [{ requestId: 3 }], malformed: [null, { requestId: -1 }, { requestId: 1, x: 1 }] },
};

describe('IPC request validators', () => {
  it('has cases for exactly the declared channels', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(invokeChannels).sort());
    expect(Object.keys(eventCases).sort()).toEqual(Object.keys(mainEvents).sort());
  });

  for (const [channel, { valid, malformed }] of Object.entries(cases) as [InvokeChannel, (typeof cases)[InvokeChannel]][]) {
    describe(channel, () => {
      it.each(valid.map((payload, index) => [index, payload]))('accepts valid payload #%i', (_index, payload) => {
        expect(() => validateRequest(channel, payload)).not.toThrow();
      });

      it.each(malformed.map((payload, index) => [index, payload]))('rejects malformed payload #%i cleanly', async (_index, payload) => {
        expect(() => validateRequest(channel, payload)).toThrow(PayloadError);
        const handler = vi.fn();
        const log = vi.fn();
        const call = dispatch(channel, handler, trustedEvent, [payload], { log });
        await expect(call).rejects.toThrow(new RegExp(`^Invalid "${channel}" request: payload`));
        expect(handler).not.toHaveBeenCalled();
      });
    });
  }

  it('returns a fresh object without unknown keys or prototype tricks', () => {
    const checked = validateRequest('recent:open', { path: '/a.txt' });
    expect(Object.getPrototypeOf(checked)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a second argument', async () => {
    await expect(dispatch('recent:list', vi.fn(), trustedEvent, [null, 'extra'])).rejects.toThrow(/single argument/);
  });

  it('names the offending field', () => {
    expect(() => validateRequest('work:write', { ...work, view: { ...work.view, cursor: { lineNumber: 0, column: 1 } } }))
      .toThrow('payload.view.cursor.lineNumber must be an integer from 1 to 1000000000');
  });
});

describe('main → renderer event validators', () => {
  for (const [event, { valid, malformed }] of Object.entries(eventCases) as [MainEvent, (typeof eventCases)[MainEvent]][]) {
    it(`${event}: accepts valid and rejects malformed payloads`, () => {
      for (const payload of valid) expect(() => validateEventPayload(event, payload)).not.toThrow();
      for (const payload of malformed) expect(() => validateEventPayload(event, payload)).toThrow(PayloadError);
    });
  }
});

// Fuzzing every IPC channel's validator with fast-check. Whatever a compromised or buggy
// renderer sends (any JSON value, anything structured clone can carry, or a valid request
// with one part swapped, dropped or added), the main process either accepts it as exactly
// the declared shape or rejects it with a PayloadError: never a TypeError, a RangeError or
// a crash, and never a value the handler was not promised. tests/electron/ipc-validators
// has the hand-picked cases; this file looks for the ones nobody thought of.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/ipc-main';
import {
  invokeChannels, mainEvents, validateEventPayload, validateRequest, type InvokeChannel, type MainEvent,
} from '../../shared/contract';
import { isTrustedSender } from '../../electron/renderer-origin';
import { PayloadError } from '../../shared/validation';
import { workOf } from '../electron/work-fixtures';

const RUNS = 250;
const trustedEvent = { senderFrame: { url: 'app://glossa/index.html', parent: null } };

/** One valid request per channel: the starting point of the structural mutations. */
const validRequests: Record<InvokeChannel, unknown> = {
  'article:open': null,
  'glossaries:open': null,
  'recent:list': null,
  'recent:open': { path: '/home/user/a.txt' },
  'recent:add': { path: '/home/user/a.txt' },
  'export:save': { suggestedName: 'a.pe.txt', bytes: new Uint8Array([1, 2, 3]), mimeType: 'text/plain' },
  'work:read': { key: '/home/user/a.txt\n0123456789abcdef' },
  'work:write': workOf({ full: true, path: '/home/user/a.txt', glossaries: [{ file: 'g.tsv', bytes: new Uint8Array([97, 98, 99]), embed: true }] }),
  'work:latest': null,
  'work:keep-glossary': { hash: '0123456789abcdef', bytes: new Uint8Array([97, 98, 99]) },
  'work:glossary': { hash: '0123456789abcdef' },
  'work:location': null,
  'work:save-file': { suggestedName: 'a.glossa', bytes: new Uint8Array([123, 125]), articlePath: '/home/user/a.txt', target: '/home/user/a.glossa' },
  'source:open': null,
  'source:find': { articlePath: '/home/user/a.mt.txt', language: 'en' },
  'user-words:read': { language: 'en' },
  'user-words:write': { language: 'en', words: ['Glossa'] },
  'user-glossary:read': null,
  'user-glossary:write': { bytes: new Uint8Array([65, 9, 66]) },
  'glossary:write': { path: '/tmp/terms.tsv', bytes: new Uint8Array([65, 9, 66]), previousHash: '0123456789abcdef' },
  'window:set-title': { title: 'Glossa', dirty: false },
  'window:close-response': { requestId: 1, decision: 'close' },
};

const validEvents: Record<MainEvent, unknown> = {
  'menu:command': 'apply-all',
  'menu:open-recent': { path: '/home/user/a.txt' },
  'window:close-requested': { requestId: 1 },
};

/** Keys that have tripped validators elsewhere: prototype tricks and our own field names. */
const trickyKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'path', 'bytes', 'length', '0');

/** Strings around every length limit of the contract (255, 1024, 4096 characters). */
const limitString = fc.constantFrom(0, 1, 254, 255, 256, 1023, 1024, 1025, 4095, 4096, 4097).map((n) => 'x'.repeat(n));

/** What structured clone can carry across IPC (and a little more: it is the superset that matters). */
const cloneable = fc.anything({
  maxDepth: 3,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
});

/** Objects whose own keys include `__proto__` and friends (as JSON.parse or Object.fromEntries make them). */
const trickyObject = fc
  .array(fc.tuple(fc.oneof(trickyKey, fc.string()), fc.oneof(fc.jsonValue({ maxDepth: 2 }), limitString)), { maxLength: 6 })
  .map((entries) => Object.fromEntries(entries));

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.json().map((text) => JSON.parse(text) as unknown),
  cloneable,
  trickyObject,
  limitString,
  // Holes survive structured clone; a validator that uses map/forEach never sees them.
  fc.sparseArray(fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })), { maxLength: 5 }),
  fc.constantFrom(undefined, null, Number.NaN, Infinity, -0, Number.MAX_SAFE_INTEGER + 2, new Uint8Array(0), new ArrayBuffer(4)),
);

type Path = (string | number)[];

/** Every path into a value's plain objects and arrays (typed arrays are leaves). */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

type Mutation =
  | { kind: 'replace'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'add'; key: string; value: unknown }
  | { kind: 'hole' };

/** A copy of `base` with one node replaced, deleted, given an extra key or (arrays) a hole at the end. */
function mutate(base: unknown, path: Path, mutation: Mutation): unknown {
  if (path.length === 0) {
    if (mutation.kind === 'replace') return mutation.value;
    if (mutation.kind === 'delete') return undefined;
    if (mutation.kind === 'hole') return Array.isArray(base) ? Object.assign(new Array(base.length + 1), base) : base;
    // An array's `length` is not a key to add (defining it to a non-number throws).
    if (base !== null && typeof base === 'object' && !ArrayBuffer.isView(base) && !(Array.isArray(base) && mutation.key === 'length')) {
      const copy = (Array.isArray(base) ? [...(base as unknown[])] : { ...base }) as Record<string, unknown>;
      Object.defineProperty(copy, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
      return copy;
    }
    return base;
  }
  const [head, ...rest] = path as [string | number, ...Path];
  const container = base as Record<string | number, unknown>;
  const copy = (Array.isArray(base) ? [...(base as unknown[])] : { ...container }) as Record<string | number, unknown>;
  if (rest.length === 0 && mutation.kind === 'delete') {
    if (Array.isArray(copy)) (copy as unknown[]).splice(Number(head), 1);
    else delete copy[head];
    return copy;
  }
  copy[head] = mutate(container[head], rest, mutation);
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  anyValue.map((value): Mutation => ({ kind: 'replace', value })),
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.constant<Mutation>({ kind: 'hole' }),
  fc.tuple(fc.oneof(trickyKey, fc.string()), anyValue).map(([key, value]): Mutation => ({ kind: 'add', key, value })),
);

/** Requests close to a valid one: the mutations reach the nested validators (cursor, glossaries…). */
function nearValid(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  return fc.tuple(fc.constantFrom(...paths), mutation).map(([path, change]) => mutate(base, path, change));
}

/** Accepted values are fresh plain data: plain objects, arrays, Uint8Arrays and primitives. */
function assertPlainData(value: unknown, where = 'payload'): void {
  if (value === null || typeof value !== 'object') {
    expect(typeof value, where).not.toBe('function');
    expect(value, where).not.toBeUndefined();
    return;
  }
  if (value instanceof Uint8Array) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      expect(Object.hasOwn(value, index), `${where}[${index}] is a hole`).toBe(true);
      assertPlainData(value[index], `${where}[${index}]`);
    }
    return;
  }
  expect(Object.getPrototypeOf(value), `${where} prototype`).toBe(Object.prototype);
  for (const [key, item] of Object.entries(value)) assertPlainData(item, `${where}.${key}`);
}

/** The property every validator must have: accept as declared, or a clean PayloadError. */
function checkRequest(channel: InvokeChannel, payload: unknown): void {
  let accepted: unknown;
  try {
    accepted = validateRequest(channel, payload);
  } catch (error) {
    expect(error, `${channel} threw something else than a PayloadError`).toBeInstanceOf(PayloadError);
    expect((error as Error).message).toMatch(/^payload\b/);
    return;
  }
  if (accepted !== null) assertPlainData(accepted);
  // What was accepted passes again, also after the trip through structured clone.
  expect(validateRequest(channel, accepted)).toEqual(accepted);
  expect(validateRequest(channel, structuredClone(accepted))).toEqual(accepted);
}

const channels = Object.keys(invokeChannels) as InvokeChannel[];
const events = Object.keys(mainEvents) as MainEvent[];

describe('IPC request validators under fuzzing', () => {
  it('has a valid request for exactly the declared channels, each accepted', () => {
    expect(Object.keys(validRequests).sort()).toEqual([...channels].sort());
    for (const channel of channels) expect(() => validateRequest(channel, validRequests[channel])).not.toThrow();
  });

  it.each(channels)('%s: any value is accepted as declared or rejected with a PayloadError', (channel) => {
    fc.assert(fc.property(anyValue, (payload) => checkRequest(channel, payload)), { numRuns: RUNS });
  });

  it.each(channels)('%s: a valid request with one part replaced, dropped or added', (channel) => {
    fc.assert(fc.property(nearValid(validRequests[channel]), (payload) => checkRequest(channel, payload)), { numRuns: RUNS });
  });

  it.each(channels)('%s: dispatch rejects malformed payloads cleanly, before the handler runs', async (channel) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyValue, nearValid(validRequests[channel])), async (payload) => {
        const handler = vi.fn(() => null);
        const log = vi.fn();
        let valid = true;
        try {
          validateRequest(channel, payload);
        } catch {
          valid = false;
        }
        const call = dispatch(channel, handler as never, trustedEvent, [payload], { log });
        if (valid) {
          await expect(call).resolves.toBeNull();
          expect(handler).toHaveBeenCalledTimes(1);
        } else {
          await expect(call).rejects.toThrow(new RegExp(`^Invalid "${channel}" request: payload`));
          expect(handler).not.toHaveBeenCalled();
          // A malformed request is the caller's fault, not an internal failure worth a log.
          expect(log).not.toHaveBeenCalled();
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('sender check under fuzzing', () => {
  const frame = fc.record({
    url: fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('app://glossa/index.html', 'app://glossa/', 'app://glossa/index.html#x')
      .chain((base) => fc.string().map((suffix) => base + suffix))),
    parent: fc.oneof(fc.constant(null), fc.constant(undefined), anyValue),
  });

  it('trusts only the top frame of app://glossa/index.html, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(frame, fc.constant(null)), (senderFrame) => {
        const trusted = isTrustedSender({ senderFrame: senderFrame as never });
        if (!trusted) return;
        expect(senderFrame?.parent ?? null).toBeNull();
        const url = new URL(senderFrame?.url ?? '');
        expect(url.protocol).toBe('app:');
        expect(url.host).toBe('glossa');
        expect(['/', '/index.html']).toContain(url.pathname);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(channels)('%s: an untrusted sender is refused whatever the payload', async (channel) => {
    await fc.assert(
      fc.asyncProperty(fc.webUrl(), anyValue, async (url, payload) => {
        const handler = vi.fn(() => null);
        const call = dispatch(channel, handler as never, { senderFrame: { url, parent: null } }, [payload], { log: () => undefined });
        await expect(call).rejects.toThrow(`"${channel}" refused: not called from the Glossa window`);
        expect(handler).not.toHaveBeenCalled();
      }),
      { numRuns: 50 },
    );
  });
});

describe('main → renderer event validators under fuzzing', () => {
  it.each(events)('%s: any value is accepted as declared or rejected with a PayloadError', (event) => {
    fc.assert(
      fc.property(fc.oneof(anyValue, nearValid(validEvents[event])), (payload) => {
        let accepted: unknown;
        try {
          accepted = validateEventPayload(event, payload);
        } catch (error) {
          expect(error).toBeInstanceOf(PayloadError);
          return;
        }
        assertPlainData(accepted);
        expect(validateEventPayload(event, structuredClone(accepted))).toEqual(accepted);
      }),
      { numRuns: RUNS },
    );
  });
});

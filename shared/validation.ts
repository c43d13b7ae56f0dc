// Small hand-written runtime validators for IPC payloads. Everything that crosses the
// process boundary is `unknown` until one of these has looked at it: a compromised or
// buggy renderer must get a clean rejection, never crash the main process or slip an
// unexpected shape (extra keys, prototypes, huge strings) into the file system code.
// Pure (no Electron, DOM or Node import): used by both processes and unit-tested under Node.

/** A payload that does not have the shape its channel promises. */
export class PayloadError extends Error {
  override readonly name = 'PayloadError';
}

/** Checks `value` and returns it typed (possibly a fresh copy), or throws PayloadError. */
export type Validator<T> = (value: unknown, path: string) => T;

function fail(path: string, expectation: string): never {
  throw new PayloadError(`${path} must be ${expectation}`);
}

/** Structured clone delivers plain objects; anything else (class instances, arrays) is suspect. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function string(options: { maxLength: number; nonEmpty?: boolean }): Validator<string> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, 'a string');
    if (options.nonEmpty && value.length === 0) fail(path, 'a non-empty string');
    if (value.length > options.maxLength) fail(path, `at most ${options.maxLength} characters long`);
    return value;
  };
}

export const boolean: Validator<boolean> = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'true or false');
  return value;
};

export function integer(options: { min: number; max: number }): Validator<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < options.min || value > options.max) {
      fail(path, `an integer from ${options.min} to ${options.max}`);
    }
    return value;
  };
}

export function finiteNumber(options: { min: number }): Validator<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < options.min) {
      fail(path, `a finite number ≥ ${options.min}`);
    }
    return value;
  };
}

export function oneOf<const T extends readonly (string | number | boolean)[]>(...allowed: T): Validator<T[number]> {
  return (value, path) => {
    if (!allowed.includes(value as T[number])) fail(path, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
    return value as T[number];
  };
}

/**
 * Raw bytes. The realm-independent tag check is deliberate: a Uint8Array from another
 * context (structured clone, vm) fails `instanceof` but is still a Uint8Array.
 */
export function bytes(options: { maxBytes: number }): Validator<Uint8Array> {
  return (value, path) => {
    if (Object.prototype.toString.call(value) !== '[object Uint8Array]') fail(path, 'a Uint8Array');
    const array = value as Uint8Array;
    if (array.byteLength > options.maxBytes) fail(path, `at most ${options.maxBytes} bytes`);
    return array;
  };
}

export function arrayOf<T>(item: Validator<T>, options: { maxItems: number }): Validator<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'an array');
    if (value.length > options.maxItems) fail(path, `an array of at most ${options.maxItems} items`);
    // Every index, holes included: `map` skips the holes of a sparse array (structured
    // clone keeps them), which would let `[, ,]` through as a string[] of undefineds.
    const result: T[] = [];
    for (let index = 0; index < value.length; index++) result.push(item(value[index], `${path}[${index}]`));
    return result;
  };
}

/** Marks a key of `object({...})` as optional: absent and `undefined` are both accepted. */
export interface Optional<T> {
  readonly optional: Validator<T>;
}
export function optional<T>(validator: Validator<T>): Optional<T> {
  return { optional: validator };
}

type Shape = Record<string, Validator<unknown> | Optional<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
type Checked<V> = V extends Optional<infer T> ? T : V extends Validator<infer T> ? T : never;
export type ObjectOf<S extends Shape> = { [K in RequiredKeys<S>]: Checked<S[K]> } & {
  [K in OptionalKeys<S>]?: Checked<S[K]>;
};

/**
 * A plain object with exactly these keys (unknown keys are rejected, not ignored, so a
 * typo or an injected `__proto__` is loud). Returns a fresh object holding only the
 * validated values.
 */
export function object<S extends Shape>(shape: S): Validator<ObjectOf<S>> {
  return (value, path) => {
    if (!isPlainObject(value)) fail(path, 'a plain object');
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) fail(`${path}.${key}`, 'absent (unknown key)');
    }
    const result: Record<string, unknown> = {};
    for (const [key, rule] of Object.entries(shape)) {
      const present = Object.hasOwn(value, key) && value[key] !== undefined;
      if ('optional' in rule) {
        if (present) result[key] = rule.optional(value[key], `${path}.${key}`);
      } else {
        result[key] = rule(present ? value[key] : undefined, `${path}.${key}`);
      }
    }
    return result as ObjectOf<S>;
  };
}

/** Channels without a request body: the renderer sends `null` (or nothing). */
export const nothing: Validator<null> = (value, path) => {
  if (value !== null && value !== undefined) fail(path, 'empty (this channel takes no payload)');
  return null;
};

/** A validator with a further check across fields (offsets within a text, order…). */
export function refine<T>(validator: Validator<T>, check: (value: T, path: string) => void): Validator<T> {
  return (value, path) => {
    const result = validator(value, path);
    check(result, path);
    return result;
  };
}

/** Lower-case hexadecimal of an exact length (hashes). */
export function hex(length: number): Validator<string> {
  return (value, path) => {
    if (typeof value !== 'string' || value.length !== length || !/^[0-9a-f]*$/.test(value)) {
      fail(path, `${length} lower-case hexadecimal digits`);
    }
    return value;
  };
}

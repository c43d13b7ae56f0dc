// JSON.parse gives values but no positions, and Node 20's V8 omits the position from
// some syntax errors ("Unexpected token '}', ... is not valid JSON"). This small scanner
// walks the same grammar (RFC 8259) and records where values and member names start, by
// JSON Pointer, so errors about an entry can name the line of its `{`.

export class JsonSyntaxError extends Error {
  constructor(
    /** UTF-16 offset of the offending character (text length at end of input). */
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

export interface JsonLocations {
  /** JSON Pointer ("" root, "/entries/0", "/entries/0/source") → offset where the value starts. */
  values: Map<string, number>;
  /** JSON Pointer of a member → offset of its name's opening quote. */
  keys: Map<string, number>;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A string's body up to its closing quote: plain characters and valid escapes only. */
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SPACE = /[ \t\n\r]*/y;
/** Deeper than this is refused (as JSON nested too deeply): no glossary needs more than 3. */
export const MAX_JSON_NESTING = 512;

/** An open object or array while scanning: its pointer (when recorded) and next index. */
interface Frame {
  kind: 'object' | 'array';
  pointer: string | undefined;
  depth: number;
  index: number;
}

/**
 * Positions of values down to `maxDepth` levels (root = 0); throws JsonSyntaxError on bad
 * JSON. One pass with an explicit stack (no recursion), and pointers are built only down
 * to `maxDepth`: deeper members cost a scan, not a string.
 */
export function locateJson(text: string, maxDepth = 3): JsonLocations {
  const locations: JsonLocations = { values: new Map(), keys: new Map() };
  let i = 0;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(i, i >= text.length ? 'unexpected end of JSON input' : message);
  };
  const space = (): void => {
    SPACE.lastIndex = i;
    SPACE.test(text);
    i = SPACE.lastIndex;
  };
  /** Scans the string starting at i (its opening quote); returns its start. */
  const string = (): number => {
    const start = i;
    STRING_BODY.lastIndex = i + 1;
    if (STRING_BODY.test(text)) {
      i = STRING_BODY.lastIndex;
      return start;
    }
    // Say what is wrong with it: walk to the offending character.
    for (i = start + 1; ; i++) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) fail('unterminated string');
      if (c < 0x20) fail('control character in string (escape it, e.g. \\n)');
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape in string');
          i += 4;
        } else if (i >= text.length || !'"\\/bfnrt'.includes(text.charAt(i))) {
          fail('bad escape in string');
        }
      }
    }
  };
  const scalar = (): void => {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      string();
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    fail(`unexpected character ${JSON.stringify(text[i])}`);
  };

  const stack: Frame[] = [];
  const childPointer = (frame: Frame, token: string): string | undefined =>
    frame.pointer !== undefined && frame.depth + 1 <= maxDepth ? `${frame.pointer}/${token}` : undefined;
  /** Reads one value at i: a scalar whole, or only the opening of an object or array
   *  (the loop below reads its contents, so nesting never deepens the call stack). */
  const value = (pointer: string | undefined, depth: number): void => {
    space();
    if (pointer !== undefined) locations.values.set(pointer, i);
    const c = text[i];
    if (c === '{' || c === '[') {
      if (depth >= MAX_JSON_NESTING) fail('JSON nested too deeply');
      i++;
      stack.push({ kind: c === '{' ? 'object' : 'array', pointer, depth, index: -1 });
      return;
    }
    scalar();
  };
  /** A member's name and colon, then its value. */
  const member = (frame: Frame): void => {
    space();
    if (text[i] !== '"') fail('expected a property name in double quotes');
    const keyStart = string();
    let pointer: string | undefined;
    if (frame.pointer !== undefined && frame.depth + 1 <= maxDepth) {
      pointer = `${frame.pointer}/${escapePointer(JSON.parse(text.slice(keyStart, i)) as string)}`;
      locations.keys.set(pointer, keyStart);
    }
    space();
    if (text[i] !== ':') fail("expected ':' after property name");
    i++;
    value(pointer, frame.depth + 1);
  };
  const next = (frame: Frame): void => {
    frame.index++;
    if (frame.kind === 'object') member(frame);
    else value(childPointer(frame, String(frame.index)), frame.depth + 1);
  };

  value('', 0);
  // After each value: close finished containers, or go on to the next element or member.
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    space();
    const close = frame.kind === 'object' ? '}' : ']';
    if (frame.index < 0) {
      if (text[i] === close) {
        i++;
        stack.pop();
      } else {
        next(frame);
      }
    } else if (text[i] === ',') {
      i++;
      next(frame);
    } else if (text[i] === close) {
      i++;
      stack.pop();
    } else {
      fail(frame.kind === 'object' ? "expected ',' or '}' after property value" : "expected ',' or ']' after array element");
    }
  }
  space();
  if (i < text.length) fail('unexpected text after the JSON value');
  return locations;
}

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

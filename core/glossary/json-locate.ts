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
const MAX_NESTING = 512;

/** Positions of values down to `maxDepth` levels (root = 0); throws JsonSyntaxError on bad JSON. */
export function locateJson(text: string, maxDepth = 3): JsonLocations {
  const locations: JsonLocations = { values: new Map(), keys: new Map() };
  let i = 0;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(i, i >= text.length ? 'unexpected end of JSON input' : message);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const expect = (char: string, message: string): void => {
    space();
    if (text[i] !== char) fail(message);
    i++;
  };

  const string = (): void => {
    i++; // opening quote
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) fail('unterminated string');
      if (c === 0x22) break;
      if (c < 0x20) fail('control character in string (escape it, e.g. \\n)');
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape in string');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text.charAt(i)) || i >= text.length) {
          fail('bad escape in string');
        }
      }
      i++;
    }
    i++; // closing quote
  };

  const value = (pointer: string, depth: number): void => {
    space();
    if (depth <= maxDepth) locations.values.set(pointer, i);
    if (depth > MAX_NESTING) fail('JSON nested too deeply');
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        const keyStart = i;
        string();
        const member = `${pointer}/${escapePointer(JSON.parse(text.slice(keyStart, i)) as string)}`;
        if (depth + 1 <= maxDepth) locations.keys.set(member, keyStart);
        expect(':', "expected ':' after property name");
        value(member, depth + 1);
        space();
        if (text[i] === ',') i++;
        else return expect('}', "expected ',' or '}' after property value");
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        value(`${pointer}/${index}`, depth + 1);
        space();
        if (text[i] === ',') i++;
        else return expect(']', "expected ',' or ']' after array element");
      }
    }
    if (c === '"') return string();
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
    fail(`unexpected character ${JSON.stringify(c)}`);
  };

  value('', 0);
  space();
  if (i < text.length) fail('unexpected text after the JSON value');
  return locations;
}

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

// Encodes text in an 8-bit legacy encoding by inverting TextDecoder's table for
// that encoding (Node only encodes UTF-8 natively).
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(new Uint8Array([byte]));
    if (char !== '\ufffd' && !table.has(char)) table.set(char, byte);
  }
  return Uint8Array.from([...text], (char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`${JSON.stringify(char)} has no byte in ${encoding}`);
    return byte;
  });
}

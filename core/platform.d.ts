// The few host globals core/ may rely on: present in every JS runtime we ship to
// (Node 20, Chromium, Electron, Web Workers) and not tied to Node or the DOM.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare function queueMicrotask(callback: () => void): void;
declare const performance: { now(): number };

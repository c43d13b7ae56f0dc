// The part of hunspell-asm Glossa uses, typed here: it is imported through its CommonJS
// build (see hunspell.ts), which has no declarations beside it, and its own declarations
// pull in Node's types, which core/ must not see.
declare module 'hunspell-asm/dist/cjs/index.js' {
  export interface Hunspell {
    spell(word: string): boolean;
    suggest(word: string): string[];
    addWord(word: string): void;
    removeWord(word: string): void;
    dispose(): void;
  }
  export interface HunspellFactory {
    mountBuffer(contents: ArrayBufferView, fileName?: string): string;
    unmount(mountedFilePath: string): void;
    create(affPath: string, dictPath: string): Hunspell;
  }
  export function loadModule(options?: { timeout?: number }): Promise<HunspellFactory>;
}

// Hunspell itself, compiled to WebAssembly (hunspell-asm): the dictionaries' compounding
// and affix rules work as in LibreOffice, which nspell's re-implementation does not
// manage for German (BENCHMARKS.md, "spell-check engine"). The CommonJS build is the one
// that bundles for a browser Web Worker; its ESM build calls a namespace import.
import { loadModule, type HunspellFactory } from 'hunspell-asm/dist/cjs/index.js';

export interface SpellEngine {
  spell(word: string): boolean;
  suggest(word: string): string[];
  addWord(word: string): void;
  removeWord(word: string): void;
  dispose(): void;
}

/** The WebAssembly module, compiled once per process or worker. */
let factory: Promise<HunspellFactory> | undefined;
let mounted = 0;

export async function createHunspell(aff: Uint8Array, dic: Uint8Array): Promise<SpellEngine> {
  const hunspellFactory = await (factory ??= loadModule());
  const id = ++mounted;
  const affPath = hunspellFactory.mountBuffer(aff, `dictionary-${id}.aff`);
  const dicPath = hunspellFactory.mountBuffer(dic, `dictionary-${id}.dic`);
  try {
    const hunspell = hunspellFactory.create(affPath, dicPath);
    let disposed = false;
    return {
      spell: (word) => hunspell.spell(word),
      suggest: (word) => hunspell.suggest(word),
      addWord: (word) => hunspell.addWord(word),
      removeWord: (word) => hunspell.removeWord(word),
      dispose: () => {
        if (disposed) return;
        disposed = true;
        hunspell.dispose();
      },
    };
  } finally {
    // Hunspell reads both files whole while it is created; the copies can go.
    hunspellFactory.unmount(affPath);
    hunspellFactory.unmount(dicPath);
  }
}

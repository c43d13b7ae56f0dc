// The two halves of the desktop app share facts only through shared/: lint refuses an
// import from electron/ into renderer/ or the reverse, and anything runtime-specific in
// shared/. Checked on probe files with the project's own ESLint config, so a rule that
// stops matching (a moved folder, a changed pattern) fails here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('import boundaries between electron/, renderer/ and shared/', () => {
  it('electron/ may not import renderer/', async () => {
    expect(await restrictedImports('electron/probe.ts', "import type { Host } from '../renderer/host/host';\nexport type X = Host;\n")).toHaveLength(1);
    expect(await restrictedImports('electron/probe.ts', "import { SHORTCUTS } from '../shared/commands';\nexport const x = SHORTCUTS;\n")).toEqual([]);
  });

  it('renderer/ may not import electron/ (nor Electron or Node)', async () => {
    expect(await restrictedImports('renderer/host/probe.ts', "import { createBridge } from '../../electron/bridge';\nexport const x = createBridge;\n")).not.toEqual([]);
    expect(await restrictedImports('renderer/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).not.toEqual([]);
    expect(await restrictedImports('renderer/host/probe.ts', "import type { PickedFile } from '../../shared/contract';\nexport type X = PickedFile;\n")).toEqual([]);
  });

  it('shared/ imports nothing but core/, and touches no runtime globals', async () => {
    expect(await restrictedImports('shared/probe.ts', "import path from 'node:path';\nexport const x = path.sep;\n")).toHaveLength(1);
    expect(await restrictedImports('shared/probe.ts', "import type { Host } from '../renderer/host/host';\nexport type X = Host;\n")).toHaveLength(1);
    expect(await restrictedImports('shared/probe.ts', "export const x = () => document.title;\n")).toHaveLength(1);
    expect(await restrictedImports('shared/probe.ts', "import { MAX_ARTICLE_BYTES } from '../core/text/limits';\nexport const x = MAX_ARTICLE_BYTES;\n")).toEqual([]);
  });
});

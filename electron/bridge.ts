// Builds the `glossaBridge` object from a typed invoke and subscribe. Kept apart from
// preload.ts (which only wires in Electron's ipcRenderer and contextBridge) so that
// the mapping from Host operations to channels is unit-tested without Electron.
import type { DroppedFile, GlossaBridge, Invoke, Subscribe } from '../shared/contract';

export function createBridge(
  invoke: Invoke,
  subscribe: Subscribe,
  pathForFile: (file: DroppedFile) => string,
): GlossaBridge {
  return {
    openArticle: () => invoke('article:open', null),
    openGlossaries: () => invoke('glossaries:open', null),
    openRecent: (path) => invoke('recent:open', { path }),
    recentArticles: () => invoke('recent:list', null),
    addRecentArticle: async (path) => {
      await invoke('recent:add', { path });
    },
    pathForFile: (file) => pathForFile(file),
    saveExport: (suggestedName, bytes, mimeType) => invoke('export:save', { suggestedName, bytes, mimeType }),
    readWork: (key) => invoke('work:read', { key }),
    writeWork: async (work) => {
      await invoke('work:write', work);
    },
    latestWork: () => invoke('work:latest', null),
    keepGlossaryCopy: async (hash, bytes) => {
      await invoke('work:keep-glossary', { hash, bytes });
    },
    readGlossaryCopy: (hash) => invoke('work:glossary', { hash }),
    workLocation: () => invoke('work:location', null),
    saveWorkFile: (suggestedName, bytes, options) =>
      invoke('work:save-file', {
        suggestedName,
        bytes,
        ...(options.articlePath !== undefined ? { articlePath: options.articlePath } : {}),
        ...(options.target !== undefined ? { target: options.target } : {}),
      }),
    readUserGlossary: () => invoke('user-glossary:read', null),
    writeUserGlossary: async (bytes) => {
      await invoke('user-glossary:write', { bytes });
    },
    openSource: () => invoke('source:open', null),
    findSource: (articlePath, language) => invoke('source:find', { articlePath, ...(language !== undefined ? { language } : {}) }),
    readUserWords: (language) => invoke('user-words:read', { language }),
    writeUserWords: async (language, words) => {
      await invoke('user-words:write', { language, words });
    },
    writeGlossaryFile: async (path, bytes, previousHash) => {
      await invoke('glossary:write', { path, bytes, previousHash });
    },
    setTitle: async (title, dirty) => {
      await invoke('window:set-title', { title, dirty });
    },
    onMenuCommand: (listener) => subscribe('menu:command', listener),
    onOpenRecent: (listener) => subscribe('menu:open-recent', ({ path }) => listener(path)),
    onCloseRequested: (listener) => subscribe('window:close-requested', ({ requestId }) => listener(requestId)),
    respondToCloseRequest: async (requestId, decision) => {
      await invoke('window:close-response', { requestId, decision });
    },
  };
}

// Types for scripts/web.mjs (imported by the UI bench and scripts/start.mjs).
export interface BrowserEditionServer {
  url: string;
  close(): Promise<void>;
}
export function serveBrowserEdition(options?: { port?: number; build?: boolean }): Promise<BrowserEditionServer>;
export function browserBuildIsStale(): boolean;
export function buildBrowserEdition(): Promise<void>;

// Types for scripts/web.mjs (imported by the UI bench and scripts/start.mjs).
export interface BrowserEditionServer {
  url: string;
  close(): Promise<void>;
}
export function serveBrowserEdition(options?: { port?: number; build?: boolean; dev?: boolean }): Promise<BrowserEditionServer>;
export const CSP: string;
export function allowedHosts(port: number): Set<string>;
export function browserBuildIsStale(): boolean;
export function buildBrowserEdition(): Promise<void>;

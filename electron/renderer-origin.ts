// Where the renderer lives and how we recognise it. The UI is served from a custom
// `app://glossa/` origin (see app-protocol.ts) rather than file://, so it gets a real
// origin for the CSP and for IPC sender checks, and file:// keeps no special powers.
// No Electron import: unit-tested under plain Node.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'glossa';
export const RENDERER_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Applied to every response of the app protocol; the renderer has no other source of pages.
 * Scripts and workers only from our own origin (no inline script, no eval; WebAssembly may
 * compile, for Hunspell, the spell-checker, which runs in workers); inline styles
 * because Monaco sets them at run time. No plugins (object-src), no <base> rewriting of
 * relative URLs, and no framing of the page. A <meta> CSP in index.html applies as well:
 * the browser enforces both, so the stricter of the two wins for each directive.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for our own origin: `app://glossa` with no port or credentials. */
export function isAppOrigin(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True only for the renderer's own page (any query or hash), the one page allowed to use IPC. */
export function isRendererPageUrl(url: string): boolean {
  if (!isAppOrigin(url)) return false;
  const { pathname } = new URL(url);
  return pathname === '/index.html' || pathname === '/';
}

/** The part of an IPC event the sender check needs (Electron's IpcMainInvokeEvent fits). */
export interface SenderFrameLike {
  readonly url: string;
  /** Null for a top-level frame. */
  readonly parent: unknown;
}
export interface IpcEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/**
 * An IPC call is trusted only from the top frame of our renderer page. The frame can be
 * null when it navigated or was destroyed meanwhile: then we cannot tell who sent it.
 */
export function isTrustedSender(event: IpcEventLike): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return isRendererPageUrl(frame.url);
}

/**
 * Maps an `app://glossa/...` URL to a file inside `rootDir`, or null when the URL is
 * not ours or tries to leave the folder (`..`, encoded separators, absolute tricks).
 */
export function resolveRendererAsset(rootDir: string, url: string): string | null {
  if (!isAppOrigin(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  if (!resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// Hardening applied to every session and every WebContents, whatever creates them
// (Electron's security checklist): no new windows, no navigation, no permissions, no
// <webview>, no remote content. The UI needs none of these; each one is an avenue for a
// malicious article or glossary (rendered as text, but still) to reach further.
import type { Session, WebContents } from 'electron';
import { isAppOrigin } from './renderer-origin';

/** Schemes that would reach the network or the disk directly; the UI uses neither. */
const FORBIDDEN_REQUEST_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

export function isForbiddenRequestUrl(url: string): boolean {
  try {
    return FORBIDDEN_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return true;
  }
}

export function hardenSession(session: Session, log: (message: string) => void = console.warn): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`Glossa: refused a "${permission}" permission request`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = isForbiddenRequestUrl(details.url);
    if (cancel) log(`Glossa: blocked a request to ${details.url}`);
    callback({ cancel });
  });
}

export function hardenWebContents(contents: WebContents, log: (message: string) => void = console.warn): void {
  contents.setWindowOpenHandler(({ url }) => {
    log(`Glossa: refused to open a window for ${url}`);
    return { action: 'deny' };
  });
  // The UI is a single page: any navigation (a dropped file, a link, a script) would
  // replace it and lose the user's work. In-page (hash) changes do not emit this.
  contents.on('will-navigate', (event) => {
    log(`Glossa: refused navigation to ${event.url}`);
    event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppOrigin(event.url)) {
      log(`Glossa: refused frame navigation to ${event.url}`);
      event.preventDefault();
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isAppOrigin(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

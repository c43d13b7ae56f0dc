// The browser edition's server (scripts/web.mjs), over real HTTP on 127.0.0.1: the same
// Content-Security-Policy as the Electron app on every response, requests naming another
// Host refused (DNS rebinding), and source maps served only with --dev.
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/renderer-origin';
import { CSP, serveBrowserEdition } from '../../scripts/web.mjs';
import { repoRoot } from '../cli/run-cli';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET `pathname` with an explicit Host header (fetch cannot set one). */
function get(url: string, pathname: string, host?: string): Promise<Reply> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: pathname, headers: host !== undefined ? { Host: host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let server: { url: string; close(): Promise<void> };
let devServer: { url: string; close(): Promise<void> };
let assets: string[];

beforeAll(async () => {
  // Builds dist/renderer when it is stale, as `npm run web` does.
  server = await serveBrowserEdition({ port: 0 });
  devServer = await serveBrowserEdition({ port: 0, build: false, dev: true });
  assets = readdirSync(path.join(repoRoot, 'dist', 'renderer', 'assets'));
}, 300_000);

afterAll(async () => {
  await server?.close();
  await devServer?.close();
});

describe('scripts/web.mjs', () => {
  it('sends the app’s Content-Security-Policy, object-src, base-uri and frame-ancestors included, on every response', async () => {
    expect(CSP).toBe(CONTENT_SECURITY_POLICY);
    const script = assets.find((name) => name.endsWith('.js'))!;
    for (const pathname of ['/', '/index.html', `/assets/${script}`]) {
      const reply = await get(server.url, pathname);
      expect(reply.status, pathname).toBe(200);
      expect(reply.headers['content-security-policy'], pathname).toBe(CONTENT_SECURITY_POLICY);
    }
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(CSP).toContain(directive);
  });

  it('refuses a request whose Host is not the loopback address and port it serves', async () => {
    const { port } = new URL(server.url);
    expect((await get(server.url, '/', `127.0.0.1:${port}`)).status).toBe(200);
    expect((await get(server.url, '/', `localhost:${port}`)).status).toBe(200);
    for (const host of [`attacker.example:${port}`, 'attacker.example', `127.0.0.1:${Number(port) + 1}`, `127.0.0.1.nip.io:${port}`]) {
      const reply = await get(server.url, '/', host);
      expect(reply.status, host).toBe(403);
      expect(reply.body).not.toContain('<html');
    }
    // No Host at all (HTTP/1.0 allows it): refused too.
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.end('GET / HTTP/1.0\r\n\r\n'));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.[01] 403 /);
  });

  it('serves no source map unless started with --dev', async () => {
    const map = assets.find((name) => name.endsWith('.map'));
    expect(map, 'the build writes source maps (vite sourcemap: true)').toBeDefined();
    expect((await get(server.url, `/assets/${map}`)).status).toBe(404);
    expect((await get(devServer.url, `/assets/${map}`)).status).toBe(200);
  });
});

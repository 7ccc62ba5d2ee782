import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_SAMPLE_SPEC } from '../../../shared/sample/sampleSpec';
import { createBackend, type Backend } from '../../backend/backend';
import { startBrowserServer, type BrowserServer } from './browserServer';

const dir = mkdtempSync(join(tmpdir(), 'lw-browser-'));
const staticDir = join(dir, 'renderer');
mkdirSync(join(staticDir, 'assets'), { recursive: true });
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>LW</title>');
writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(dir, 'secret.txt'), 'not for the page');

let backend: Backend;
let server: BrowserServer;
let token: string;
let cookie: string;

beforeAll(async () => {
  backend = createBackend({ host: 'browser', version: 't', homeDir: join(dir, 'home'), workerThreads: 1, sampleSpec: { ...DEFAULT_SAMPLE_SPEC, customers: 300 } });
  server = await startBrowserServer({ backend, staticDir });
  token = new URL(server.url).searchParams.get('token')!;
  cookie = `lw_token=${token}`;
});
afterAll(async () => {
  await server.close();
  await backend.close();
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

function connect(headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api`, { headers });
    ws.once('open', () => ok(ws));
    ws.once('error', fail);
  });
}

describe('browser mode server', () => {
  it('listens on 127.0.0.1 and prints a link with a long random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
  });

  it('refuses requests without the token, or with a wrong one', async () => {
    expect((await get('/')).status).toBe(403);
    expect((await get('/assets/app.js')).status).toBe(403);
    expect((await get('/?token=wrong')).status).toBe(403);
    expect((await get('/', { cookie: 'lw_token=wrong' })).status).toBe(403);
  });

  it('trades the token in the link for an HTTP-only cookie, then serves the page with a CSP', async () => {
    const first = await get(`/?token=${token}`);
    expect(first.status).toBe(302);
    expect(first.headers.location).toBe('/');
    expect(String(first.headers['set-cookie'])).toMatch(/lw_token=.+; HttpOnly; SameSite=Strict/);
    const page = await get('/', { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>LW</title>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect((await get('/assets/app.js', { cookie })).headers['content-type']).toMatch(/javascript/);
  });

  it('serves nothing outside the renderer folder and answers only to its own host name', async () => {
    expect((await get('/../secret.txt', { cookie })).status).toBe(404);
    expect((await get('/%2e%2e/secret.txt', { cookie })).status).toBe(404);
    expect((await get('/', { cookie, host: `evil.example:${server.port}` })).status).toBe(421);
  });

  it('refuses sockets without the cookie or from another origin', async () => {
    await expect(connect({ origin: `http://127.0.0.1:${server.port}` })).rejects.toThrow(/403/);
    await expect(connect({ cookie, origin: 'http://evil.example' })).rejects.toThrow(/403/);
  });

  it('carries requests, errors and events over the socket', async () => {
    const ws = await connect({ cookie, origin: `http://127.0.0.1:${server.port}` });
    const messages: { kind: string; id?: number; ok?: boolean; result?: unknown; error?: { code: string }; event?: string }[] = [];
    ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
    const waitFor = async (pred: (m: (typeof messages)[number]) => boolean) => {
      for (let i = 0; i < 300 && !messages.some(pred); i++) await new Promise((r) => setTimeout(r, 20));
      return messages.find(pred);
    };
    ws.send(JSON.stringify({ kind: 'request', id: 1, method: 'app.info', args: {} }));
    expect(await waitFor((m) => m.id === 1)).toMatchObject({ ok: true, result: { host: 'browser', name: 'Loyalty Workbench' } });
    ws.send(JSON.stringify({ kind: 'request', id: 2, method: 'workspace.open', args: { path: '/etc/passwd' } }));
    expect(await waitFor((m) => m.id === 2)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    ws.send(JSON.stringify({ kind: 'request', id: 3, method: 'workspace.openDefault', args: {} }));
    expect(await waitFor((m) => m.id === 3)).toMatchObject({ ok: true, result: { isSample: true } });
    expect(await waitFor((m) => m.kind === 'event' && m.event === 'jobs.changed')).toBeTruthy();
    expect(await waitFor((m) => m.kind === 'event' && m.event === 'workspace.changed')).toBeTruthy();
    ws.close();
  });

  it('closes a socket that sends something other than a request', async () => {
    const ws = await connect({ cookie, origin: `http://127.0.0.1:${server.port}` });
    const closed = new Promise<number>((ok) => ws.once('close', (code) => ok(code)));
    ws.send('not json');
    expect(await closed).toBe(1003);
  });
});

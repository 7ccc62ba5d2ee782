import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { exchange, rawGet, rawUpgrade, requestBytes, statusOf } from './testRawClient';
import { hostProblems, startHostProcess, type HostUnderTest } from './testHost';

/**
 * The outside tester's findings against browser mode (issue 13), one test each, against the host
 * in its own process: each of these inputs used to end that process, and the backend with it.
 */
let host: HostUnderTest;

beforeEach(async () => {
  host = await startHostProcess();
});
afterEach(async () => {
  await host.stop();
});

/** The host still runs, still serves the signed-in page and socket, and still refuses a stranger. */
async function expectHostServing(): Promise<void> {
  expect(await hostProblems(host)).toEqual([]);
}

function openSocket(): Promise<WebSocket> {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api`, { headers: { cookie: host.cookie, origin: host.origin } });
    ws.once('open', () => ok(ws));
    ws.once('error', fail);
  });
}

describe('browser host hardening', () => {
  it('refuses a malformed token cookie (lw_token=%E0%A4%A) with 403 and stays up', async () => {
    expect(await rawGet(host.port, '/', [['Cookie', 'lw_token=%E0%A4%A']])).toBe(403);
    expect(await rawUpgrade(host.port, '/api', [['Cookie', 'lw_token=%E0%A4%A']])).toBe(403);
    await expectHostServing();
  });

  it('refuses the request target //[ with 400 and stays up', async () => {
    expect(await rawGet(host.port, '//[')).toBe(400);
    expect(await rawGet(host.port, '//[', [['Cookie', host.cookie]])).toBe(400);
    await expectHostServing();
  });

  it('refuses a WebSocket upgrade to //[ with 400 and stays up', async () => {
    expect(await rawUpgrade(host.port, '//[')).toBe(400);
    expect(await rawUpgrade(host.port, '//[', [['Cookie', host.cookie]])).toBe(400);
    await expectHostServing();
  });

  it('answers a request over 1 MiB with an error the page can show, closes a socket past the hard limit, and stays up', async () => {
    const ws = await openSocket();
    const replies: { id?: number; ok?: boolean; error?: { code: string; message: string } }[] = [];
    ws.on('message', (data) => replies.push(JSON.parse(data.toString()) as (typeof replies)[number]));
    const closed = new Promise<{ code: number; reason: string }>((ok) => ws.once('close', (code, reason) => ok({ code, reason: reason.toString() })));
    ws.on('error', () => {});

    ws.send(JSON.stringify({ kind: 'request', id: 7, method: 'app.info', args: { padding: 'x'.repeat((1 << 20) + 10) } }));
    for (let i = 0; i < 100 && !replies.some((r) => r.id === 7); i++) await new Promise((r) => setTimeout(r, 20));
    expect(replies.find((r) => r.id === 7)).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringMatching(/at most 1 MiB/) } });

    // The same socket still works after the refusal.
    ws.send(JSON.stringify({ kind: 'request', id: 8, method: 'app.info', args: {} }));
    for (let i = 0; i < 100 && !replies.some((r) => r.id === 8); i++) await new Promise((r) => setTimeout(r, 20));
    expect(replies.find((r) => r.id === 8)).toMatchObject({ ok: true });

    // Past the hard limit the message is not even read: the socket closes with 1009, Message Too Big.
    ws.send(Buffer.alloc(8 << 20, 0x20).toString());
    expect((await closed).code).toBe(1009);
    await expectHostServing();
  });

  it('refuses a token given twice: two lw_token cookies (either order), or ?token= twice', async () => {
    const planted = 'lw_token=planted-by-another-site';
    for (const cookie of [`${host.cookie}; ${planted}`, `${planted}; ${host.cookie}`, `${host.cookie}; ${host.cookie}`]) {
      const response = await exchange(host.port, requestBytes('/', [['Host', `127.0.0.1:${host.port}`], ['Connection', 'close'], ['Cookie', cookie]]));
      expect(statusOf(response), cookie).toBe(403);
      expect(response).toMatch(/more than once/);
      expect(await rawUpgrade(host.port, '/api', [['Cookie', cookie]]), cookie).toBe(403);
    }
    // Two Cookie header lines are one cookie list to the server.
    expect(await rawGet(host.port, '/', [['Cookie', host.cookie], ['Cookie', planted]])).toBe(403);
    expect(await rawGet(host.port, `/?token=${host.token}&token=${host.token}`)).toBe(403);
    await expectHostServing();
  });
});

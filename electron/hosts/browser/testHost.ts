import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { rawGet, rawUpgrade } from './testRawClient';

/**
 * Test support: the browser host as the user runs it, in its own process (`npm run browser`
 * under tsx), so a test can see the process die. In-process, an exception thrown out of a socket
 * handler would be caught by the test runner and the server would look alive.
 */
export interface HostUnderTest {
  port: number;
  token: string;
  /** The Cookie header a signed-in page sends. */
  cookie: string;
  /** The Origin header the served page's sockets carry. */
  origin: string;
  /** Everything the host wrote to stderr so far (its log of refused and failed requests). */
  stderr(): string;
  /** Null while the process runs; its exit code or signal once it has stopped. */
  exit(): { code: number | null; signal: NodeJS.Signals | null } | null;
  stop(): Promise<void>;
}

const MAIN = resolve(__dirname, 'main.ts');
const STARTUP_TIMEOUT_MS = 30_000;

export async function startHostProcess(): Promise<HostUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'lw-browser-host-'));
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>LW</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');

  const child = spawn(process.execPath, ['--require', 'tsx/cjs', MAIN, '--home', join(dir, 'home'), '--renderer', renderer, '--workers', '1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LW_HOME: join(dir, 'home') },
  });
  let stdout = '';
  let stderr = '';
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exitedPromise = new Promise<void>((ok) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      ok();
    }),
  );
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const url = await new Promise<URL>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`The browser host did not start within ${STARTUP_TIMEOUT_MS} ms. stderr: ${stderr}`)), STARTUP_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Open (http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        ok(new URL(match[1]));
      }
    });
    void exitedPromise.then(() => {
      clearTimeout(timer);
      fail(new Error(`The browser host exited before it started. stderr: ${stderr}`));
    });
  });

  const token = url.searchParams.get('token') ?? '';
  const port = Number(url.port);
  return {
    port,
    token,
    cookie: `lw_token=${token}`,
    origin: `http://127.0.0.1:${port}`,
    stderr: () => stderr,
    exit: () => exited,
    stop: async () => {
      if (!exited) {
        stopChild(child);
        await exitedPromise;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): void {
  child.kill('SIGTERM');
  // The host closes the backend on SIGTERM; a host stuck in that is not what the tests look at.
  setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
}

/**
 * What is wrong with a host that should be serving, as sentences (none when it is healthy): it
 * runs, serves the signed-in page, answers a request over its socket, and refuses a stranger
 * both a page and a socket.
 */
export async function hostProblems(host: HostUnderTest): Promise<string[]> {
  // A crash is not instant: give an 'error' thrown by the last input time to end the process.
  await new Promise((r) => setTimeout(r, 50));
  if (host.exit()) return [`the host process stopped (${JSON.stringify(host.exit())}); its stderr ends:\n${host.stderr().slice(-2000)}`];
  const problems: string[] = [];
  const signedIn = await rawGet(host.port, '/', [['Cookie', host.cookie]]);
  if (signedIn !== 200) problems.push(`the signed-in page answered ${signedIn}, not 200`);
  const stranger = await rawGet(host.port, '/');
  if (stranger !== 403) problems.push(`a stranger's page request answered ${stranger}, not 403`);
  const strangerSocket = await rawUpgrade(host.port, '/api');
  if (strangerSocket !== 403) problems.push(`a stranger's socket upgrade answered ${strangerSocket}, not 403`);
  const reply = await askOverSocket(host).catch((e: unknown) => `failed: ${e instanceof Error ? e.message : String(e)}`);
  if (reply !== 'ok') problems.push(`app.info over the signed-in socket ${reply}`);
  return problems;
}

function askOverSocket(host: HostUnderTest): Promise<string> {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api`, { headers: { cookie: host.cookie, origin: host.origin } });
    const timer = setTimeout(() => {
      ws.terminate();
      fail(new Error('got no answer within 5 s'));
    }, 5_000);
    ws.once('error', (e) => {
      clearTimeout(timer);
      fail(e);
    });
    ws.once('open', () => ws.send(JSON.stringify({ kind: 'request', id: 1, method: 'app.info', args: {} })));
    ws.on('message', (data) => {
      const reply = JSON.parse(data.toString()) as { kind?: string; id?: number; ok?: boolean };
      // Backend events may come first; the answer is the response with the request's id.
      if (reply.kind !== 'response') return;
      clearTimeout(timer);
      ws.close();
      ok(reply.id === 1 && reply.ok === true ? 'ok' : `answered ${data.toString().slice(0, 200)}`);
    });
  });
}

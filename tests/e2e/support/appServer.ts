import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningApp {
  url: string;
  home: string;
  output: () => string;
  stop(): Promise<void>;
}

const ROOT = resolve(__dirname, '..', '..', '..');
const URL_LINE = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

/**
 * Starts the app exactly as a user does, with `npm start`, in a fresh home folder (so it opens on
 * a newly generated sample workspace), and returns the URL it prints.
 */
export async function startApp(timeoutMs = 120_000): Promise<RunningApp> {
  const home = mkdtempSync(join(tmpdir(), 'lw-e2e-home-'));
  const child: ChildProcess = spawn('npm', ['start', '--', '--home', home], {
    cwd: ROOT,
    env: { ...process.env, LW_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm start printed no URL within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = URL_LINE.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`npm start exited (code ${code}) before serving:\n${output}`));
    });
  });
  return {
    url,
    home,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    },
  };
}

import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { runBrowserMode } from '../hosts/browser/main';
import { buildIfStale } from './buildIfStale';
import { findElectronBinary, tryFetchElectron } from './electronBinary';

/**
 * `npm start`: the desktop app on the sample workspace. Where Electron's binary is missing it
 * tries once to fetch it; where that fails (an offline machine) it says so in one line and serves
 * the same app in browser mode. `npm start -- --browser` asks for browser mode directly; other
 * options (--port, --home, --workers) go to browser mode.
 */
const REPO_ROOT = resolve(__dirname, '..', '..');

async function main(argv: string[]): Promise<void> {
  const forceBrowser = argv.includes('--browser');
  const rest = argv.filter((a) => a !== '--browser');
  buildIfStale(REPO_ROOT, (line) => console.log(line));

  let electron = forceBrowser ? null : findElectronBinary(REPO_ROOT);
  if (!electron && !forceBrowser && tryFetchElectron(REPO_ROOT)) electron = findElectronBinary(REPO_ROOT);

  if (electron) {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    const child = spawn(electron, [REPO_ROOT], { stdio: 'inherit', env });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  if (!forceBrowser) {
    console.log("Electron's binary is not installed and could not be downloaded (offline?); serving Loyalty Workbench in browser mode instead.");
  }
  await browserHost().runBrowserMode(rest);
}

/**
 * Browser mode from its own bundle (out/browser/main.js, which bin/start.mjs has just made sure is
 * current), loaded only when it is wanted: the launcher stays small, and the host finds its
 * worker scripts beside itself.
 */
function browserHost(): { runBrowserMode: typeof runBrowserMode } {
  // A plain require of a path known only at run time, so the bundler leaves the host out of the launcher.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(REPO_ROOT, 'out', 'browser', 'main.js')) as { runBrowserMode: typeof runBrowserMode };
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(`Loyalty Workbench could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

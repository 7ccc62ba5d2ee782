import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultAppHome } from '../../backend/appHome';
import { APP_VERSION } from '../../backend/appVersion';
import { createBackend } from '../../backend/backend';
import { startBrowserServer } from './browserServer';

const HELP = `Loyalty Workbench, browser mode: serves the app to a browser on this machine.

Usage: npm run browser -- [--port N] [--home DIR] [--workers N] [--renderer DIR]

  --port N        port on 127.0.0.1 (default: a free one)
  --home DIR      folder for settings and the sample workspace (default: $LW_HOME or ~/.loyalty-workbench)
  --workers N     model worker threads (default: cores - 1)
  --renderer DIR  the built renderer (default: out/renderer; build it with npm run build)`;

/** The repository: three folders up from this source file, two from its bundle (out/browser/main.js). */
export const REPO_ROOT = __filename.endsWith('.ts') ? resolve(__dirname, '..', '..', '..') : resolve(__dirname, '..', '..');

/** Starts the backend and the browser server; prints the address to open as one line. */
export async function runBrowserMode(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, home: { type: 'string' }, workers: { type: 'string' }, renderer: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const staticDir = resolve(values.renderer ?? join(REPO_ROOT, 'out', 'renderer'));
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(`The app's pages are not built (no ${join(staticDir, 'index.html')}). Run \`npm run build\` first, or start with \`npm start\`, which builds them.`);
  }
  const backend = createBackend({
    host: 'browser',
    version: APP_VERSION,
    homeDir: resolve(values.home ?? defaultAppHome()),
    ...(values.workers ? { workerThreads: Number(values.workers) } : {}),
  });
  const server = await startBrowserServer({ backend, staticDir, port: values.port ? Number(values.port) : 0 });
  console.log(`Loyalty Workbench is running in browser mode. Open ${server.url}`);

  const stop = async () => {
    await server.close();
    await backend.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (require.main === module) {
  runBrowserMode(process.argv.slice(2)).catch((e: unknown) => {
    console.error(`Loyalty Workbench could not start in browser mode: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIRS = ['renderer', 'shared', 'electron', 'resources'];
const STAMP = join('out', '.build-stamp');

function newestMtimeMs(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtimeMs(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when out/ is missing or older than any source file. */
export function buildIsStale(repoRoot: string): boolean {
  const stamp = join(repoRoot, STAMP);
  if (!existsSync(stamp) || !existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) return true;
  const built = statSync(stamp).mtimeMs;
  return SOURCE_DIRS.some((d) => newestMtimeMs(join(repoRoot, d)) > built);
}

/** Runs the desktop build (electron-vite): out/main, out/preload, out/renderer. */
export function build(repoRoot: string): void {
  const bin = join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  const result = spawnSync(bin, ['build', '--config', join('.config', 'electron.vite.config.ts')], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The build failed; see the messages above.');
  writeFileSync(join(repoRoot, STAMP), new Date().toISOString());
}

/** Builds only when the sources changed since the last build. */
export function buildIfStale(repoRoot: string, log: (line: string) => void): void {
  if (!buildIsStale(repoRoot)) return;
  log('Building Loyalty Workbench (electron-vite)…');
  build(repoRoot);
}

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The Electron executable when it is installed, else null (the npm package without its binary). */
export function findElectronBinary(repoRoot: string): string | null {
  try {
    // The electron package's main export is the path of its binary; it throws when not downloaded.
    // A plain require on purpose: the answer depends on what is installed right now.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require(join(repoRoot, 'node_modules', 'electron')) as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** One attempt to download Electron's binary (its own install script); false when it fails. */
export function tryFetchElectron(repoRoot: string): boolean {
  const script = join(repoRoot, 'node_modules', 'electron', 'install.js');
  if (!existsSync(script)) return false;
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [script], { cwd: repoRoot, env, stdio: 'ignore', timeout: 180_000 });
  return result.status === 0;
}

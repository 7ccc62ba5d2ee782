import { resolve } from 'node:path';
import { build } from './buildIfStale';
import { bundleNodeHosts } from './nodeBundles';

/**
 * `npm run build`: the desktop bundles (electron-vite, stamped so `npm start` knows they are
 * current) and the Node bundles (the command line, browser mode, the launcher and their workers).
 * `--node` (`npm run build:node`): the Node bundles only, in a second or two.
 */
const repoRoot = resolve(__dirname, '..', '..');
try {
  if (!process.argv.includes('--node')) build(repoRoot);
  const started = performance.now();
  const manifest = bundleNodeHosts(repoRoot);
  console.log(`Bundled ${manifest.outputs.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}

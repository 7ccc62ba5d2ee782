// Plain JavaScript on purpose: this runs before anything is built, on every `lw` and `npm start`,
// so it must start in Node alone and stay small (its staleness check takes a few milliseconds).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = join(ROOT, 'out', 'node-bundles.json');
const BUILDER = join(ROOT, 'electron', 'launcher', 'build.ts');

/**
 * Why the bundles must be built again, or null when they are current: a bundle missing, or a
 * file they were made from (listed in the manifest by electron/launcher/nodeBundles.ts) newer
 * than the manifest, or gone.
 * @returns {string | null}
 */
export function staleReason() {
  if (!existsSync(MANIFEST)) return 'not built yet';
  const builtMs = statSync(MANIFEST).mtimeMs;
  /** @type {{ outputs: string[]; inputs: string[] }} */
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  for (const output of manifest.outputs) if (!existsSync(join(ROOT, output))) return `${output} is missing`;
  for (const input of manifest.inputs) {
    const stat = statSync(join(ROOT, input), { throwIfNoEntry: false });
    if (!stat) return `${input} is gone`;
    if (stat.mtimeMs > builtMs) return `${input} changed`;
  }
  return null;
}

/** True in a development checkout: the sources and the tools that build them are there. */
function isDevelopmentCheckout() {
  return existsSync(BUILDER) && existsSync(join(ROOT, 'node_modules', 'tsx')) && existsSync(join(ROOT, 'node_modules', 'esbuild'));
}

/**
 * The absolute path of `bundle` (relative to the package), made sure to be there and, in a
 * development checkout, no older than its sources: when it is, the Node bundles are built again
 * first (`npm run build:node`, two or three seconds). An installed copy without sources runs the
 * bundles it came with.
 * @param {string} bundle
 * @returns {string}
 */
export function ensureFresh(bundle) {
  const path = join(ROOT, bundle);
  if (!isDevelopmentCheckout()) {
    if (existsSync(path)) return path;
    process.stderr.write(`Loyalty Workbench is not built: ${path} is missing. Build it with \`npm run build:node\` in ${ROOT}.\n`);
    process.exit(1);
  }
  const reason = staleReason();
  if (reason === null) return path;
  // Said on a terminal only, so that a script reading stderr finds nothing it did not expect.
  if (process.stderr.isTTY) process.stderr.write(`Building the command line and browser host (${reason})…\n`);
  // The builder is TypeScript, run under tsx: a build step, never the app's own start.
  const result = spawnSync(process.execPath, ['--require', 'tsx/cjs', BUILDER, '--node'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(1);
  }
  return path;
}

/**
 * Runs a CommonJS bundle as `require` would, but through V8's code cache: compiling the command
 * line's 5 MB bundle from source is about a tenth of a second of every call, and a cache kept
 * beside it (`<bundle>.v8-cache`, made on the first run after each build) saves most of that.
 * Node 22 can do this itself (module.enableCompileCache); Node 20 has only vm.Script.
 * @param {string} path the bundle's absolute path
 */
export function runBundle(path) {
  const cachePath = `${path}.v8-cache`;
  /** @type {Buffer | undefined} */
  let cachedData;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  // No dynamic-import hook: Node 20 loses it in a script compiled from a cache, so the bundles
  // are built with every import() turned into a require (electron/launcher/nodeBundles.ts).
  const script = new vm.Script(Module.wrap(readFileSync(path, 'utf8')), { filename: path, cachedData });
  // Made before the bundle runs, on purpose: V8 refuses a cache made under other flags, and the
  // worker pool raises the inlining budget (a V8 flag) as soon as a command starts one.
  if (cachedData === undefined || script.cachedDataRejected) writeCache(cachePath, script.createCachedData());
  const bundle = new Module(path);
  bundle.filename = path;
  bundle.paths = Module._nodeModulePaths(dirname(path));
  const wrapper = script.runInThisContext();
  wrapper.call(bundle.exports, bundle.exports, createRequire(path), bundle, path, dirname(path));
  bundle.loaded = true;
}

/**
 * @param {string} path
 * @param {Buffer} data
 */
function writeCache(path, data) {
  try {
    // Renamed into place, so another `lw` starting meanwhile never reads half a cache.
    const partial = `${path}.${process.pid}`;
    writeFileSync(partial, data);
    renameSync(partial, path);
  } catch {
    // A read-only install runs without the cache, only slower to start.
  }
}

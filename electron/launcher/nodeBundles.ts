import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildSync, version as esbuildVersion, type BuildOptions } from 'esbuild';

/**
 * The Node side of the app as bundles: the command line, the browser-mode host and `npm start`'s
 * launcher, each one JavaScript file, so that no process compiles TypeScript when it starts.
 *
 *   out/cli/lw.js          the `lw` command line (bin/lw.mjs loads it)
 *   out/browser/main.js    browser mode (the launcher loads it; `node out/browser/main.js` runs it alone)
 *   out/launcher/start.js  `npm start` (bin/start.mjs loads it)
 *
 * The worker threads' scripts are bundled beside each host that starts them, because the code
 * that starts them looks for `<name>.js` beside itself (workerPool.ts, rowParsers.ts,
 * importInWorker.ts); the launcher starts none. The desktop app's own bundles (out/main) come
 * from electron-vite, with the same workers beside them.
 */

const WORKERS = {
  modelWorker: 'electron/backend/workers/modelWorker.ts',
  importWorker: 'electron/backend/import/importWorker.ts',
  importJobWorker: 'electron/backend/import/importJobWorker.ts',
} as const;

const HOSTS: Record<string, { entry: string; workers: boolean }> = {
  'cli/lw': { entry: 'electron/hosts/cli/main.ts', workers: true },
  'browser/main': { entry: 'electron/hosts/browser/main.ts', workers: true },
  'launcher/start': { entry: 'electron/launcher/start.ts', workers: false },
};

/**
 * Left to Node's own loading at run time: better-sqlite3 is native code built for this machine;
 * pdfkit reads its fonts and colour profile from files beside its own modules. Everything else
 * (zod, comlink, exceljs, echarts...) is bundled: one file parses faster than hundreds resolved
 * one by one, and echarts, a dev dependency, then need not be installed beside the bundle.
 */
export const EXTERNAL_PACKAGES = ['better-sqlite3', 'pdfkit'];

/** Where bin/ looks to tell whether the bundles are older than their sources. */
export const MANIFEST = 'node-bundles.json';

/** What the manifest holds: every file the bundles were made from, relative to the repository. */
export interface BundleManifest {
  builtAt: string;
  esbuild: string;
  /** The bundles, relative to the repository. */
  outputs: string[];
  /** Every source the bundles read, plus the files that decide how they are built. */
  inputs: string[];
}

function entryPoints(): { in: string; out: string }[] {
  const entries: { in: string; out: string }[] = [];
  for (const [out, host] of Object.entries(HOSTS)) {
    entries.push({ in: host.entry, out });
    const folder = out.split('/')[0]!;
    if (host.workers) for (const [name, entry] of Object.entries(WORKERS)) entries.push({ in: entry, out: `${folder}/${name}` });
  }
  return entries;
}

/**
 * Bundles every Node host and its workers into `outDir` (default out/) and writes the manifest
 * last, so a build that fails half way is still seen as stale. Returns the manifest.
 */
export function bundleNodeHosts(repoRoot: string, outDir = join(repoRoot, 'out')): BundleManifest {
  const options: BuildOptions = {
    absWorkingDir: repoRoot,
    entryPoints: entryPoints(),
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: EXTERNAL_PACKAGES,
    // import() of a Node module (pptxgenjs loads node:fs so) becomes a require in a promise: the
    // same in CommonJS, and it works in a script compiled from a code cache, where Node 20 loses
    // the dynamic-import hook (bin/nodeBundles.mjs).
    supported: { 'dynamic-import': false },
    // Whitespace and syntax only: V8 parses less, and a stack trace still names our functions.
    minifyWhitespace: true,
    minifySyntax: true,
    // Beside each bundle, for `node --enable-source-maps` when a stack trace must point at the TypeScript.
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  };
  const result = buildSync(options);
  const inputs = new Set<string>();
  for (const input of Object.keys(result.metafile?.inputs ?? {})) {
    // A dependency changes only with the lock file, which is listed below; listing its files
    // would only make every staleness check slower.
    if (!input.includes('node_modules/')) inputs.add(input);
  }
  for (const file of ['package.json', 'package-lock.json', 'electron/launcher/nodeBundles.ts', 'bin/nodeBundles.mjs']) inputs.add(file);
  const manifest: BundleManifest = {
    builtAt: new Date().toISOString(),
    esbuild: esbuildVersion,
    outputs: entryPoints().map((e) => relative(repoRoot, resolve(outDir, `${e.out}.js`))),
    inputs: [...inputs].sort(),
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

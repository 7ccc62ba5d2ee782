import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleNodeHosts, type BundleManifest } from './nodeBundles';

/**
 * The Node bundles run on their own: the command line from out/cli/lw.js, its worker threads
 * from the scripts beside it, none of them through a TypeScript loader.
 */

const root = resolve(__dirname, '..', '..');
// Inside the repository (in the ignored .tmp/), so the bundles find better-sqlite3 and pdfkit in node_modules.
mkdirSync(join(root, '.tmp'), { recursive: true });
const dir = mkdtempSync(join(root, '.tmp', 'bundles-'));
const out = join(dir, 'out');
let manifest: BundleManifest;

beforeAll(() => {
  manifest = bundleNodeHosts(root, out);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the bundled `lw` with a preload that records every worker thread it starts (its script
 * and the flags it is given) and every module loaded by file name, printed as JSON on stderr.
 */
function lw(...args: string[]): { status: number | null; stdout: string; workers: { file: string; execArgv: string[] }[]; loaded: string[] } {
  const spy = join(dir, 'spy.cjs');
  writeFileSync(
    spy,
    `const wt = require('node:worker_threads');
const Module = require('node:module');
const workers = [];
const loaded = new Set();
const Original = wt.Worker;
wt.Worker = class extends Original {
  constructor(file, options = {}) {
    workers.push({ file: String(file), execArgv: options.execArgv ?? process.execArgv });
    super(file, options);
  }
};
const load = Module._load;
Module._load = function (request, ...rest) {
  loaded.add(request);
  return load.call(this, request, ...rest);
};
process.on('exit', () => process.stderr.write('\\nSPY' + JSON.stringify({ workers, loaded: [...loaded] }) + '\\n'));
`,
  );
  const r = spawnSync(process.execPath, ['--require', spy, join(out, 'cli', 'lw.js'), ...args], { cwd: dir, encoding: 'utf8' });
  const spied = JSON.parse(r.stderr.split('\nSPY').at(-1)!) as { workers: { file: string; execArgv: string[] }[]; loaded: string[] };
  return { status: r.status, stdout: r.stdout, ...spied };
}

describe('the Node bundles', () => {
  it('are each host and its workers, with the sources they were made from listed', () => {
    for (const host of ['cli', 'browser']) {
      for (const file of ['modelWorker.js', 'importWorker.js', 'importJobWorker.js']) expect(existsSync(join(out, host, file))).toBe(true);
    }
    expect(existsSync(join(out, 'cli', 'lw.js'))).toBe(true);
    expect(existsSync(join(out, 'browser', 'main.js'))).toBe(true);
    expect(existsSync(join(out, 'launcher', 'start.js'))).toBe(true);
    expect(manifest.inputs).toContain('electron/hosts/cli/main.ts');
    expect(manifest.inputs).toContain('electron/backend/workers/modelWorker.ts');
    expect(manifest.inputs).toContain('package-lock.json');
    expect(manifest.inputs.some((i) => i.includes('node_modules'))).toBe(false);
    // The launcher is small: browser mode is loaded from its own bundle only when it is wanted.
    expect(readFileSync(join(out, 'launcher', 'start.js'), 'utf8').length).toBeLessThan(50_000);
  });

  it('run lw, its model workers and its import threads without TypeScript', () => {
    const help = lw('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^lw — Loyalty Workbench on the command line/);

    const demo = lw('demo', '--customers', '2000', '--weeks', '8', '--draws', '1');
    expect(demo.status).toBe(0);
    expect(demo.stdout).toMatch(/customer-weeks per second/);
    // One worker per core by default, each from the built script.
    expect(demo.workers.length).toBeGreaterThan(0);
    for (const worker of demo.workers) expect(worker).toEqual({ file: join(out, 'cli', 'modelWorker.js'), execArgv: [] });

    const csv = join(dir, 'tx.csv');
    writeFileSync(csv, `customer,date,amount\n${Array.from({ length: 500 }, (_, i) => `c${i % 40},2024-0${1 + (i % 9)}-1${i % 10},${10 + (i % 7)}.50`).join('\n')}\n`);
    const imported = lw('import', '--workspace', join(dir, 'w.lwb'), '--transactions', csv);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/Imported 500 transactions of 40 new customers/);
    expect(imported.workers.map((w) => w.file)).toEqual([join(out, 'cli', 'importJobWorker.js')]);
    expect(imported.workers.every((w) => w.execArgv.length === 0)).toBe(true);

    // Nothing anywhere asked for a TypeScript loader.
    for (const run of [help, demo, imported]) expect(run.loaded.filter((m) => m.startsWith('tsx'))).toEqual([]);
  }, 120_000);
});

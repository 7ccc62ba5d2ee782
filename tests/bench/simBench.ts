/**
 * `npm run bench:sim`: runs `lw demo --customers 1000000 --weeks 156` for the basic and the full
 * plan and prints customer-weeks per second and peak memory, side by side with a vectorised
 * numpy simulation of the basic plan on the same machine (tests/bench/numpyBasicPlan.py, when
 * python3 with numpy is installed). Goals: basic at least 5x numpy (numpy reaches 3e7-4.5e7
 * customer-weeks/s on these machines), full with its counterfactual at least 1.5x, peak memory
 * under 1.5 GB. A benchmark, not a test: it prints figures and never fails on them.
 *
 * It runs the command line as it ships (bin/lw.mjs, the bundle built by `npm run build:node`, built
 * again first when the sources are newer), not the sources under tsx: tsx's per-module CommonJS
 * transform reads every imported name through a getter and costs the engine a fifth of its speed,
 * which no user sees (the desktop app and browser mode run bundles too).
 *
 * Like the numpy script's timing (which leaves out Python's start and numpy's import), `lw demo`
 * times the run from a ready worker pool: workers started and the engine compiled by a small
 * warm-up run (in the workers, and the main thread's share of a run in-process), as the desktop
 * app does at launch. That start-up is printed beside each figure. Each side takes the best of
 * five alternated runs by default: the machine's speed swings by half from one minute to the next.
 *
 *   npm run bench:sim [-- --customers N] [-- --weeks W] [-- --workers N] [-- --runs R]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(__dirname, '..', '..');
const NUMPY_REFERENCE = 3e7;
const LW = join(ROOT, 'bin', 'lw.mjs');

interface Run {
  seconds: number;
  /** CPU time of all the run's threads (more than `seconds` when the workers run in parallel). */
  cpuSeconds: number;
  /** Starting the workers and compiling the engine, before the timed run. */
  startupSeconds: number;
  customerWeeksPerSecond: number;
  peakMemoryMb: number;
}

function demo(plan: 'basic' | 'full', customers: number, weeks: number, workers: number, dir: string): Run {
  const out = join(dir, `${plan}.json`);
  const args = [LW, 'demo', '--warm-up', '--plan', plan, '--customers', String(customers), '--weeks', String(weeks), '--draws', '1', '--workers', String(workers), '--json', out];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`lw demo failed:\n${result.stderr}`);
  const { timings } = JSON.parse(readFileSync(out, 'utf8')) as { timings: Run };
  return timings;
}

interface NumpyRun {
  seconds: number;
  cpuSeconds: number;
  customerWeeksPerSecond: number;
}

function numpy(customers: number, weeks: number): NumpyRun | null {
  const result = spawnSync('python3', [join(__dirname, 'numpyBasicPlan.py'), String(customers), String(weeks)], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as NumpyRun;
}

function main(): void {
  const { values } = parseArgs({ options: { customers: { type: 'string' }, weeks: { type: 'string' }, workers: { type: 'string' }, runs: { type: 'string' } } });
  const customers = Number(values.customers ?? 1_000_000);
  const weeks = Number(values.weeks ?? 156);
  const workers = Number(values.workers ?? Math.max(1, availableParallelism()));
  const runs = Math.max(1, Number(values.runs ?? 5));
  const dir = mkdtempSync(join(tmpdir(), 'lw-bench-sim-'));
  // Builds the bundle now if the sources are newer, so no timed run waits for it.
  const build = spawnSync(process.execPath, [LW, '--help'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`lw --help failed:\n${build.stderr}`);
  console.log(`lw demo: ${customers.toLocaleString('en')} customers x ${weeks} weeks, ${workers} worker thread(s), best of ${runs} runs each`);
  // Alternated, so a burst of load elsewhere falls on every side.
  const best: Record<'basic' | 'full', Run | null> = { basic: null, full: null };
  let reference: NumpyRun | null = null;
  for (let r = 0; r < runs; r++) {
    for (const plan of ['basic', 'full'] as const) {
      const run = demo(plan, customers, weeks, workers, dir);
      if (!best[plan] || run.customerWeeksPerSecond > best[plan].customerWeeksPerSecond) best[plan] = { ...run, peakMemoryMb: Math.max(run.peakMemoryMb, best[plan]?.peakMemoryMb ?? 0) };
    }
    const measured = numpy(customers, weeks);
    if (measured !== null && (!reference || measured.customerWeeksPerSecond > reference.customerWeeksPerSecond)) reference = measured;
  }
  rmSync(dir, { recursive: true, force: true });
  const ref = reference?.customerWeeksPerSecond ?? NUMPY_REFERENCE;
  console.log(
    reference !== null
      ? `numpy, basic plan, one thread (measured here): ${reference.seconds.toFixed(2)} s (CPU ${reference.cpuSeconds.toFixed(2)} s), ${ref.toExponential(2)} customer-weeks/s`
      : `numpy not available here; using the reference figure ${NUMPY_REFERENCE.toExponential(1)} customer-weeks/s`,
  );
  for (const plan of ['basic', 'full'] as const) {
    const run = best[plan]!;
    const ratio = run.customerWeeksPerSecond / ref;
    const goal = plan === 'basic' ? 5 : 1.5;
    console.log(
      `${plan.padEnd(5)} plan (with counterfactual): ${run.seconds.toFixed(2).padStart(6)} s (CPU ${run.cpuSeconds.toFixed(2)} s)  ${run.customerWeeksPerSecond.toExponential(2)} customer-weeks/s  ${ratio.toFixed(2)}x numpy (goal ${goal}x: ${ratio >= goal ? 'met' : 'NOT met'})  peak memory ${run.peakMemoryMb.toFixed(0)} MB (goal < 1536: ${run.peakMemoryMb < 1536 ? 'met' : 'NOT met'}); start-up before it ${run.startupSeconds.toFixed(2)} s`,
    );
  }
}

main();

import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags the engine runs under. Flags are process-wide: they apply to the main thread and to
 * every worker thread, and they must be set before the code they concern is compiled.
 */

/**
 * The engine's member loops are large functions that call small ones a few times per purchase
 * (a uniform, the ziggurat's exponential and normal, the basket's cube). V8 inlines callees into
 * an optimised function only up to a cumulative 920 bytes of their bytecode by default; the
 * member loops run out of it and leave several of those as calls, with their arguments spilled
 * and reloaded. With a budget of 4,000 bytes they are inlined, and a run takes some 15% less
 * CPU time (measured with the benchmark's plain and full plans). The main thread's own code may
 * inline more too: larger compiled code, no change in results.
 */
export const INLINING_BUDGET_BYTES = 4000;
let raised = false;

/** Raises V8's inlining budget, once, before the first worker thread starts (the pool calls it). */
export function raiseInliningBudget(): void {
  if (raised) return;
  raised = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET_BYTES}`);
}

let foreground = false;

/**
 * Optimising compilation on the thread that runs the code, rather than on V8's background
 * threads. For a command-line process only, whose threads run the engine and nothing else: with
 * every core busy in a worker, a background compilation (some 50-90 ms for a member loop with
 * its inlined callees) waits for a time slice while the worker runs the loop unoptimised, and a
 * first run on a cold pool took some 0.1 s longer (a million customers, 2 cores). An interactive
 * host keeps the default: there a compilation on the main thread would hold up its requests.
 */
export function compileInForeground(): void {
  if (foreground) return;
  foreground = true;
  setFlagsFromString('--no-concurrent-recompilation');
}

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { basicPlan, fullPlan } from '../../../../shared/plan/defaultPlans';
import { planSchema } from '../../../../shared/plan/planSchema';
import { demoInput } from '../../../../shared/simulation/demoPopulation';
import { runSimulation } from '../../../../shared/simulation/runSimulation';
import { warmUpReduction } from '../../../../shared/simulation/warmUp';
import { poolHooks } from '../../../backend/simulation/poolHooks';
import { WorkerPool } from '../../../backend/workers/workerPool';
import { UsageError } from '../cliErrors';
import type { Command } from '../command';
import { kpiTable } from '../kpiTable';
import { cliWorkerCount, parseWholeNumber, progressPrinter } from '../options';
import { parseOptions } from '../optionIssues';
import { DEFAULT_DRAWS } from '../../../../shared/contract/simulationSchemas';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Simulate a basic or full plan on synthetic customers drawn from the sample retailer’s models.',
  usage: `lw demo [--customers N] [--weeks W] [--workers N] [--seed N] [--draws K] [--plan full|basic] [--warm-up] [--json OUT.json] [--write-plan PLAN.json]

  Draws N customers (default 100,000) from the five customer groups of the sample retailer
  (their BG/NBD purchase and dropout and Gamma-Gamma spend models), all alive at launch, and runs
  the plan over W weeks (default 156) against the counterfactual. basic: earn per currency unit,
  one reward threshold, no expiry, no promotions; full: every mechanic on. Prints the KPI table,
  customer-weeks per second and peak memory. --draws K (default ${DEFAULT_DRAWS}) draws the plan's
  assumptions K times; the table's headline is the median over the draws, with P10-P90, the
  Monte Carlo standard error of the median and the base case (draw 1). --draws 1 times the engine
  alone. --workers N: worker threads (default: one per core). --warm-up starts the workers and
  compiles the engine on a small run first, as the desktop app does at launch, and times the run
  from there (the engine's own speed, for benchmarks); without it the time printed is the whole
  run's, the workers' start included, and the results come sooner. --write-plan saves the plan
  document, to edit and run with \`lw simulate\`.`,

  async run(io) {
    const { values } = parseArgs({
      args: io.argv,
      options: {
        customers: { type: 'string' },
        weeks: { type: 'string' },
        workers: { type: 'string' },
        seed: { type: 'string' },
        draws: { type: 'string' },
        plan: { type: 'string' },
        json: { type: 'string' },
        'warm-up': { type: 'boolean' },
        'write-plan': { type: 'string' },
      },
      strict: true,
    });
    const kind = values.plan ?? 'basic';
    if (kind !== 'basic' && kind !== 'full') throw new UsageError(`--plan is basic or full (got "${kind}").`);
    const customers = values.customers ? parseWholeNumber('--customers', values.customers, 1) : 100_000;
    const weeks = values.weeks ? parseWholeNumber('--weeks', values.weeks, 4) : 156;
    const workers = values.workers ? parseWholeNumber('--workers', values.workers, 1) : cliWorkerCount();
    const seed = values.seed ? parseWholeNumber('--seed', values.seed) : 1;
    const draws = values.draws ? parseWholeNumber('--draws', values.draws, 1) : DEFAULT_DRAWS;
    const plan = parseOptions('demo', planSchema, { ...(kind === 'full' ? fullPlan() : basicPlan()), horizonWeeks: weeks }, { horizonWeeks: { flag: '--weeks', form: 'W', given: values.weeks } });
    if (values['write-plan']) writeFileSync(resolve(values['write-plan']), `${JSON.stringify(plan, null, 2)}\n`);

    const pool = new WorkerPool(workers);
    // With --warm-up the workers start and compile the engine, and the main thread its share of a
    // run, first (as the desktop app does at launch), and the run is timed from there: its figure
    // is the engine's speed, the same way a numpy timing leaves out Python's start and numpy's
    // import; the start-up is timed and printed too. Without it the run starts at once, on a cold
    // pool, which is the quicker way to the results.
    let startupSeconds: number | null = null;
    if (values['warm-up']) {
      const startup = performance.now();
      await Promise.all([pool.warmUp(), warmUpReduction()]);
      startupSeconds = (performance.now() - startup) / 1000;
    }
    const progress = progressPrinter(io, `Simulating the ${kind} plan (blocks)`);
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    try {
      const results = await runSimulation(demoInput(plan, customers, seed, draws), poolHooks(pool, progress));
      progress.finish();
      const seconds = (performance.now() - started) / 1000;
      // CPU time of every thread in the process (the workers and the main thread) during the run.
      const cpu = process.cpuUsage(cpuStarted);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const customerWeeks = customers * weeks * draws;
      const peakMb = process.resourceUsage().maxRSS / 1024;
      io.stdout(`${plan.name}: ${customers.toLocaleString('en')} customers x ${weeks} weeks x ${draws} draw(s), seed ${seed}, ${workers} worker(s)`);
      io.stdout(kpiTable(results));
      const speed = `${(customerWeeks / seconds).toExponential(3)} customer-weeks per second (plan and counterfactual), peak memory ${peakMb.toFixed(0)} MB`;
      io.stdout(
        startupSeconds === null
          ? `${seconds.toFixed(2)} s with the workers' start, ${speed}`
          : `${seconds.toFixed(2)} s, ${speed}; before it, ${startupSeconds.toFixed(2)} s to start the workers and compile the engine`,
      );
      if (values.json) {
        writeFileSync(resolve(values.json), `${JSON.stringify({ results, timings: { seconds, cpuSeconds, startupSeconds, customerWeeks, customerWeeksPerSecond: customerWeeks / seconds, peakMemoryMb: peakMb, workers } }, null, 1)}\n`);
      }
    } finally {
      await pool.close();
    }
    return 0;
  },
};

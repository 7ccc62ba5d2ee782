import type { Plan } from '../plan/planSchema';
import { accountingFor, buildSegmentSeries, computeKpis, KPI_UNITS, sumWorlds, weeklyCost, type SegmentInfo } from './aggregate';
import { resolveEngineParams, type EngineParams, type SegmentPrior } from './engineParams';
import { drawAssumptions, fixAssumptions } from './planAssumptions';
import { historyBlock, syntheticBlock, type CustomerHistories, type PopulationBlock, type SegmentModel, type SpendModel, type SyntheticSegment } from './population';
import { headlineOf, kpiBandOf, percentile } from './drawStats';
import { BAND_KEYS, KPI_KEYS, SERIES_INDEX, type BandKey, type KpiBand, type KpiKey, type SeriesBand, type SimulationResults } from './results';
import { ACC_ROWS, WORLD_PLAN, accumulatorLength, worldBase } from './accumulatorLayout';
import { simulateBlock } from './simulateBlock';

/**
 * The outer Monte Carlo loop and the reduction. A run is a set of customer blocks (fixed by the
 * base and the block size, never by the number of workers) simulated once per assumption draw.
 * Blocks may finish in any order on any worker; their accumulators are summed in block order, so
 * the floating-point sums, and every figure after them, are the same on one worker or eight.
 */
export type BlockSpec =
  | { kind: 'synthetic'; segments: SyntheticSegment[]; first: number; count: number }
  | { kind: 'history'; histories: CustomerHistories; models: SegmentModel[]; spend: SpendModel; first: number };

export const BLOCK_SIZE = 16_384;

/**
 * Assumption draws a block task simulates: the block's customers are drawn once for all of them
 * (they depend on the seed and the customer, never on the plan's assumptions), which was some
 * eighth of a draw's time. Few enough that a task's accumulators stay small (a third of a
 * megabyte each) and the last tasks of a run are short.
 */
export const DRAWS_PER_TASK = 8;

/**
 * The population arrays of the last block this thread simulated, re-used for the next (a block
 * is simulated whole, synchronously, before the next is drawn; see population.ts emptyBlock).
 */
let lastPopulation: PopulationBlock | undefined;

function populationOf(spec: BlockSpec, seed: number): PopulationBlock {
  const pop = spec.kind === 'synthetic' ? syntheticBlock(spec.segments, seed, spec.first, spec.count, lastPopulation) : historyBlock(spec.histories, spec.models, spec.spend, seed, spec.first, lastPopulation);
  lastPopulation = pop;
  return pop;
}

/** Simulates one block under one draw's parameters. */
export function simulateBlockSpec(params: EngineParams, spec: BlockSpec, seed: number): Float64Array {
  return simulateBlockDraws([params], spec, seed)[0]!;
}

/**
 * Simulates one block under each draw's parameters, in order, its customers drawn once (what a
 * worker does with a task): one accumulator per draw, each the same as a task of its own gives.
 */
export function simulateBlockDraws(paramsByDraw: readonly EngineParams[], spec: BlockSpec, seed: number): Float64Array[] {
  const pop = populationOf(spec, seed);
  let baseline: Float64Array | null = null;
  return paramsByDraw.map((params) => {
    const acc = new Float64Array(accumulatorLength(params));
    if (baseline === null) {
      simulateBlock(params, pop, seed, acc);
      // The no-plan world, the first of the accumulator's two, is the same under every draw.
      baseline = acc.slice(0, worldBase(WORLD_PLAN, 0, params));
    } else {
      acc.set(baseline);
      simulateBlock(params, pop, seed, acc, undefined, { baselineKnown: true });
    }
    return acc;
  });
}

export interface RunSegment {
  name: string;
  /** The segment's BG/NBD purchase prior in weeks (for self-selection and the heavy-buyer scale). */
  r: number;
  alphaWeeks: number;
  /** Customers in the base, and simulated (fewer under sampling). */
  baseCustomers: number;
  simulatedCustomers: number;
}

export interface SimulationInput {
  plan: Plan;
  seed: number;
  draws: number;
  segments: RunSegment[];
  blocks: BlockSpec[];
}

export interface RunHooks {
  /** Simulates a block under each of a few draws' parameters (see simulateBlockDraws): one accumulator per draw, in order. */
  runBlock(paramsByDraw: EngineParams[], block: BlockSpec, seed: number): Promise<Float64Array[]>;
  onProgress?(done: number, total: number): void;
  /** Throws to stop (checked between blocks). */
  checkCancelled?(): void;
}

export function segmentPriors(segments: readonly RunSegment[]): SegmentPrior[] {
  return segments.map((s) => ({
    name: s.name,
    meanLambdaPerWeek: s.r / s.alphaWeeks,
    r: s.r,
    alphaWeeks: s.alphaWeeks,
    customers: s.baseCustomers,
  }));
}

/** A block's incremental revenue (plan minus counterfactual, weighted to the base): for the sampling error. */
function blockIncrementalRevenue(acc: Float64Array, params: EngineParams, weights: readonly number[]): number {
  const H = params.horizonWeeks;
  const S = params.segmentCount;
  let total = 0;
  for (let seg = 0; seg < S; seg++) {
    // The plan's change to the baseline is the incremental figure itself (accumulatorLayout.ts).
    const change = ((WORLD_PLAN * S + seg) * ACC_ROWS + SERIES_INDEX.revenue) * H;
    let sum = 0;
    for (let w = 0; w < H; w++) sum += acc[change + w]!;
    total += sum * weights[seg]!;
  }
  return total;
}

/**
 * total += acc, element by element: a function of its own (not a loop inside the draw's closure),
 * so the engine optimises it on its first call and keeps that code for every later block.
 */
function addInto(total: Float64Array, acc: Float64Array): void {
  for (let j = 0; j < acc.length; j++) total[j]! += acc[j]!;
}

/**
 * Runs every block under a few draws' parameters and sums each draw's accumulators in block
 * order (deterministic, whichever worker finishes first): one total per draw.
 */
async function runDraws(
  paramsByDraw: EngineParams[],
  input: SimulationInput,
  hooks: RunHooks,
  progress: { done: number; total: number },
  perBlockOfFirstDraw?: (acc: Float64Array) => void,
): Promise<Float64Array[]> {
  const totals = paramsByDraw.map((params) => new Float64Array(accumulatorLength(params)));
  const results: (Float64Array[] | undefined)[] = new Array(input.blocks.length);
  let next = 0;
  // Sum in block order as soon as the next block in order is in: deterministic, and memory
  // stays near one task's accumulators per block in flight rather than per block.
  const drain = (): void => {
    while (next < results.length && results[next]) {
      const accs = results[next]!;
      perBlockOfFirstDraw?.(accs[0]!);
      for (let k = 0; k < totals.length; k++) addInto(totals[k]!, accs[k]!);
      results[next++] = undefined;
    }
  };
  await Promise.all(
    input.blocks.map(async (block, b) => {
      hooks.checkCancelled?.();
      const accs = await hooks.runBlock(paramsByDraw, block, input.seed);
      hooks.checkCancelled?.();
      results[b] = accs;
      drain();
      progress.done += paramsByDraw.length;
      hooks.onProgress?.(progress.done, progress.total);
    }),
  );
  drain();
  return totals;
}

export async function runSimulation(input: SimulationInput, hooks: RunHooks): Promise<SimulationResults> {
  const { plan, seed } = input;
  const H = plan.horizonWeeks;
  const priors = segmentPriors(input.segments);
  const infos: SegmentInfo[] = input.segments.map((s) => ({
    name: s.name,
    simulated: s.simulatedCustomers,
    weight: s.simulatedCustomers > 0 ? s.baseCustomers / s.simulatedCustomers : 0,
  }));
  const progress = { done: 0, total: input.blocks.length * input.draws };
  const drawn: Record<string, number>[] = [];
  const kpiDraws: Record<KpiKey, number | null>[] = [];
  // Per draw, per segment: the segment figures are reduced over the draws as the total's are.
  const segmentKpiDraws: Record<KpiKey, number | null>[][] = [];
  const bandDraws: Record<BandKey, number[]>[] = [];
  let base: Pick<SimulationResults, 'segments' | 'accounting'> | null = null;
  const warnings: string[] = [];
  const blockRevenues: number[] = [];

  // Every draw's parameters first (each a function of the plan, the seed and the draw alone),
  // so that a block task can simulate several draws on customers drawn once.
  const paramsByDraw: EngineParams[] = [];
  for (let d = 0; d < input.draws; d++) {
    const values = drawAssumptions(plan, seed, d);
    drawn.push(values);
    paramsByDraw.push(resolveEngineParams(fixAssumptions(plan, values), priors));
  }
  if (paramsByDraw[0]!.contactScale < 1) {
    warnings.push(`The planned contacts cost more than the outbound budget cap; every contact rule was scaled to ${(paramsByDraw[0]!.contactScale * 100).toFixed(1)}% of its planned contacts.`);
  }
  const reduceDraw = (d: number, acc: Float64Array): void => {
    const params = paramsByDraw[d]!;
    const segments = buildSegmentSeries(acc, params, infos);
    const planTotal = sumWorlds(segments.map((s) => s.plan), H);
    const cfTotal = sumWorlds(segments.map((s) => s.counterfactual), H);
    const accounting = accountingFor(planTotal, params);
    kpiDraws.push(computeKpis(planTotal, cfTotal, accounting, params));
    const cost = weeklyCost(planTotal, H);
    bandDraws.push({
      totalCost: cost,
      liabilityAtCost: accounting.liabilityAtCost,
      alivePlan: planTotal.alive,
      aliveCounterfactual: cfTotal.alive,
      incrementalRevenue: planTotal.revenue.map((r, w) => r - cfTotal.revenue[w]!),
      pointsOutstanding: planTotal.pointsOutstanding,
    });
    segmentKpiDraws.push(segments.map((s) => computeKpis(s.plan, s.counterfactual, accountingFor(s.plan, params), params)));
    if (d === 0) base = { segments, accounting };
  };

  const weights = infos.map((i) => i.weight);
  const chunkStarts: number[] = [];
  for (let first = 0; first < input.draws; first += DRAWS_PER_TASK) chunkStarts.push(first);
  const startChunk = (first: number): Promise<Float64Array[]> => {
    const chunk = paramsByDraw.slice(first, first + DRAWS_PER_TASK);
    const perBlock = first === 0 ? (a: Float64Array) => blockRevenues.push(blockIncrementalRevenue(a, chunk[0]!, weights)) : undefined;
    return runDraws(chunk, input, hooks, progress, perBlock);
  };
  // Two chunks of draws in flight: the next one's tasks queue behind this one's, so a base of
  // fewer blocks than workers still keeps every worker busy. Reduced in draw order.
  let current = startChunk(0);
  for (let c = 0; c < chunkStarts.length; c++) {
    const following = c + 1 < chunkStarts.length ? startChunk(chunkStarts[c + 1]!) : null;
    following?.catch(() => {
      // Safe to drop here: the next chunk is awaited in its turn, which throws its error then; if
      // it fails first (a closed pool rejects the queued tasks before the running ones), or this
      // chunk fails and it is never awaited, its rejection must not surface as an unhandled one.
    });
    const totals = await current;
    totals.forEach((acc, k) => reduceDraw(chunkStarts[c]! + k, acc));
    if (following) current = following;
  }

  const kpis: KpiBand[] = KPI_KEYS.map((key) => kpiBandOf(key, KPI_UNITS[key], kpiDraws.map((k) => k[key])));
  const kpisBySegment = base!.segments.map((s, i) => ({
    segment: s.segment,
    values: Object.fromEntries(KPI_KEYS.map((key) => [key, headlineOf(segmentKpiDraws.map((draw) => draw[i]![key]))])) as Record<KpiKey, number | null>,
  }));
  const bands = Object.fromEntries(
    BAND_KEYS.map((key) => {
      const band: SeriesBand = { p10: [], p50: [], p90: [] };
      for (let w = 0; w < H; w++) {
        const values = bandDraws.map((b) => b[key][w]!).sort((a, b) => a - b);
        band.p10.push(percentile(values, 0.1));
        band.p50.push(percentile(values, 0.5));
        band.p90.push(percentile(values, 0.9));
      }
      return [key, band];
    }),
  ) as Record<BandKey, SeriesBand>;

  const baseCustomers = input.segments.reduce((a, s) => a + s.baseCustomers, 0);
  const simulatedCustomers = input.segments.reduce((a, s) => a + s.simulatedCustomers, 0);
  return {
    planName: plan.name,
    currency: plan.currency,
    horizonWeeks: H,
    seed,
    draws: input.draws,
    baseCustomers,
    simulatedCustomers,
    samplingRelativeError: samplingError(blockRevenues, simulatedCustomers, baseCustomers),
    discountRatePerYear: plan.discountRatePerYear,
    segments: base!.segments,
    accounting: base!.accounting,
    kpis,
    kpisBySegment,
    bands,
    drawnAssumptions: drawn,
    warnings,
  };
}

/**
 * The relative standard error of the base-case incremental revenue due to simulating a sample:
 * blocks are random groups of the sampled customers, so the spread of their totals estimates the
 * variance of the sum (with the finite-population correction). Null without sampling or with
 * fewer than two blocks.
 */
function samplingError(blockTotals: readonly number[], simulated: number, base: number): number | null {
  const B = blockTotals.length;
  if (simulated >= base || B < 2) return null;
  const total = blockTotals.reduce((a, b) => a + b, 0);
  const mean = total / B;
  const variance = blockTotals.reduce((a, x) => a + (x - mean) ** 2, 0) / (B - 1);
  const se = Math.sqrt(B * variance * (1 - simulated / base));
  return total !== 0 ? se / Math.abs(total) : null;
}

/** Runs every block in this thread (tests and small runs). */
export const inProcessHooks: RunHooks = {
  runBlock: (paramsByDraw, block, seed) => Promise.resolve(simulateBlockDraws(paramsByDraw, block, seed)),
};

/** Cuts `count` customers starting at `first` into blocks of BLOCK_SIZE. */
export function blockRanges(count: number, size = BLOCK_SIZE): { first: number; count: number }[] {
  const out: { first: number; count: number }[] = [];
  for (let first = 0; first < count; first += size) out.push({ first, count: Math.min(size, count - first) });
  return out;
}

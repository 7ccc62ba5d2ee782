import { BackendError } from '../../../shared/contract/errors';
import type { GoalSeekLever, GoalSeekRequest, GoalSeekTarget } from '../../../shared/contract/scenarioSchemas';
import type { GoalSeekResult, SensitivityResult, TornadoRow } from '../../../shared/domain/scenarios';
import { valueRange } from '../../../shared/plan/assumption';
import { planSchema, type Plan } from '../../../shared/plan/planSchema';
import { fixAssumptions, listAssumptions } from '../../../shared/simulation/planAssumptions';
import type { KpiKey, SimulationResults } from '../../../shared/simulation/results';
import { runSimulation } from '../../../shared/simulation/runSimulation';
import type { ReadableDB } from '../db/types';
import { poolHooks, type Progress } from '../simulation/poolHooks';
import { readWorkspaceBase, type WorkspaceBase } from '../simulation/workspaceInput';
import type { WorkerPool } from '../workers/workerPool';
import { LEVER_PLACES } from '../../../shared/plan/goalSeekLevers';
import { planCurrencyRefusal } from '../../../shared/plan/planCurrency';
import { readWorkspaceSettings } from '../queries/workspaceSettings';

/**
 * Sensitivity and goal seek re-run a scenario many times, so they run on a stratified sample of
 * the base (at most this many customers unless the request says otherwise), always with the
 * scenario's seed: common random numbers make the differences between runs the assumptions'
 * doing, not noise.
 */
export const ANALYSIS_DEFAULT_CUSTOMERS = 20_000;

interface Scenario {
  plan: Plan;
  seed: number;
  draws: number;
}

async function runOnce(base: WorkspaceBase, plan: Plan, seed: number, draws: number, pool: WorkerPool, progress: Progress): Promise<SimulationResults> {
  return runSimulation({ plan, seed, draws, segments: base.segments, blocks: base.blocks }, poolHooks(pool, { ...(progress.signal ? { signal: progress.signal } : {}) }));
}

const kpiOf = (r: SimulationResults, key: KpiKey): number | null => r.kpis.find((k) => k.key === key)!.base;

/** A readable name for an assumption path: "promotions.1.upliftShare" → "Promotions › Triple points Christmas › uplift share". */
export function assumptionLabel(plan: Plan, path: string): string {
  const parts = path.split('.');
  const words: string[] = [];
  let node: unknown = plan;
  for (const part of parts) {
    node = (node as Record<string, unknown>)?.[part];
    if (/^\d+$/.test(part)) {
      const named = node as { name?: string; segment?: string } | undefined;
      words.push(named?.name ?? named?.segment ?? `#${Number(part) + 1}`);
    } else if (part !== 'value') {
      words.push(part.replace(/([A-Z])/g, ' $1').toLowerCase());
    }
  }
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' › ');
}

/** False for assumptions of a mechanic the plan does not use (their swing would be nil by construction). */
export function assumptionInUse(plan: Plan, path: string): boolean {
  if (path.startsWith('tiers.')) return plan.tiers.enabled;
  if (path === 'rewards.nearExpiryBoost') return plan.expiry.rule !== 'none';
  if (path === 'rewards.balanceElasticity') return plan.rewards.mode === 'threshold';
  return true;
}

/** As a run does: a plan in another currency than the workspace's sales is not analysed either. */
function refuseForeignCurrency(db: ReadableDB, plan: Plan): void {
  const refusal = planCurrencyRefusal(plan, readWorkspaceSettings(db).currencyCode);
  if (refusal) throw refusal;
}

/** Every assumption from its low to its high value, one at a time, the others at their base values. */
export async function sensitivity(
  db: ReadableDB,
  pool: WorkerPool,
  scenario: Scenario & { scenarioId: number },
  kpi: KpiKey,
  maxCustomers: number | undefined,
  progress: Progress,
): Promise<SensitivityResult> {
  refuseForeignCurrency(db, scenario.plan);
  const base = await readWorkspaceBase(db, pool, { seed: scenario.seed, maxCustomers: maxCustomers ?? ANALYSIS_DEFAULT_CUSTOMERS, ...(progress.signal ? { signal: progress.signal } : {}) });
  const central = fixAssumptions(scenario.plan, {});
  const swings = listAssumptions(scenario.plan)
    .map(({ path, assumption }) => ({ path, assumption, range: valueRange(assumption.dist) }))
    .filter((a) => a.range[1] > a.range[0] && assumptionInUse(scenario.plan, a.path));
  progress.setTotal?.(1 + swings.length * 2);
  const baseRun = await runOnce(base, central, scenario.seed, 1, pool, progress);
  progress.advance?.(1);
  const rows: TornadoRow[] = [];
  for (const { path, assumption, range } of swings) {
    const at = async (v: number): Promise<number | null> => {
      const r = await runOnce(base, fixAssumptions(scenario.plan, { [path]: v }), scenario.seed, 1, pool, progress);
      progress.advance?.(1);
      return kpiOf(r, kpi);
    };
    const kpiAtLow = await at(range[0]);
    const kpiAtHigh = await at(range[1]);
    rows.push({ path, label: assumptionLabel(scenario.plan, path), source: assumption.source, low: range[0], high: range[1], kpiAtLow, kpiAtHigh });
  }
  const swing = (r: TornadoRow): number => Math.abs((r.kpiAtHigh ?? 0) - (r.kpiAtLow ?? 0));
  rows.sort((a, b) => swing(b) - swing(a));
  return { scenarioId: scenario.scenarioId, kpi, base: kpiOf(baseRun, kpi), rows, simulatedCustomers: base.segments.reduce((a, s) => a + s.simulatedCustomers, 0) };
}

/**
 * The range the search may use for each lever, and its name in the warnings; where the lever
 * sits in the plan (read and write) is shared/plan/goalSeekLevers.ts, the same functions the
 * page's "apply" writes the answer through.
 */
const LEVER_RANGES: Record<GoalSeekLever, { low: number; high: number; name: string }> = {
  pointsPerCurrencyUnit: { name: 'points per currency unit', low: 0.05, high: 20 },
  pointValueCurrency: { name: 'point value', low: 0.0005, high: 0.2 },
  rewardThresholdPoints: { name: 'first reward threshold (points)', low: 20, high: 50_000 },
  promotionMultiplier: { name: 'promotion points multiplier', low: 1, high: 20 },
};

const leverOf = (key: GoalSeekLever) => ({ ...LEVER_PLACES[key], ...LEVER_RANGES[key] });

function targetOf(r: SimulationResults, target: GoalSeekTarget): number | null {
  if (target === 'annualProgrammeCost') {
    const cost = kpiOf(r, 'programmeCost');
    return cost === null ? null : cost / (r.horizonWeeks / 52);
  }
  return kpiOf(r, target);
}

/**
 * Bisection on the lever (on a log scale: the levers are positive and span orders of magnitude)
 * against the base case, with the scenario's seed; the value found is then run with the
 * scenario's assumption draws for the achieved value's P10-P90.
 */
export async function goalSeek(db: ReadableDB, pool: WorkerPool, scenario: Scenario & { scenarioId: number }, request: GoalSeekRequest, progress: Progress): Promise<GoalSeekResult> {
  refuseForeignCurrency(db, scenario.plan);
  const lever = leverOf(request.lever);
  if (request.lever === 'promotionMultiplier' && scenario.plan.promotions.length === 0) {
    throw new BackendError('bad-input', 'The scenario’s plan has no promotions, so there is no promotion multiplier to seek.', 'Add a promotion on the Plan page, or choose another lever.');
  }
  const base = await readWorkspaceBase(db, pool, { seed: scenario.seed, maxCustomers: request.maxCustomers ?? ANALYSIS_DEFAULT_CUSTOMERS, ...(progress.signal ? { signal: progress.signal } : {}) });
  const ITERATIONS = 14;
  progress.setTotal?.(ITERATIONS + 3);
  const evaluate = async (v: number): Promise<number | null> => {
    const plan = planSchema.parse(lever.set(scenario.plan, lever.integer ? Math.round(v) : v));
    const r = await runOnce(base, fixAssumptions(plan, {}), scenario.seed, 1, pool, progress);
    progress.advance?.(1);
    return targetOf(r, request.target);
  };
  let lo = Math.log(lever.low);
  let hi = Math.log(lever.high);
  const fLo = await evaluate(lever.low);
  const fHi = await evaluate(lever.high);
  const warnings: string[] = [];
  let found: number;
  let converged = false;
  let iterations = 0;
  if (fLo === null || fHi === null) throw new BackendError('bad-input', `The ${request.target} cannot be computed at the ends of the lever's range.`, 'Choose another target.');
  const rising = fHi > fLo;
  if ((request.value - fLo) * (request.value - fHi) > 0) {
    // The target lies outside what the lever can reach: report the nearer end.
    found = Math.abs(request.value - fLo) < Math.abs(request.value - fHi) ? lever.low : lever.high;
    warnings.push(`No ${lever.name} between ${lever.low} and ${lever.high} reaches the target; the closest is at ${found}.`);
  } else {
    for (; iterations < ITERATIONS; iterations++) {
      const mid = (lo + hi) / 2;
      const f = await evaluate(Math.exp(mid));
      if (f === null) break;
      if (f < request.value === rising) lo = mid;
      else hi = mid;
      if (Math.abs(f - request.value) <= 1e-3 * Math.max(1e-9, Math.abs(request.value))) {
        converged = true;
        iterations++;
        break;
      }
    }
    found = Math.exp((lo + hi) / 2);
    if (lever.integer) found = Math.round(found);
    converged = converged || hi - lo < 0.01;
  }
  const plan = planSchema.parse(lever.set(scenario.plan, found));
  const achievedRun = await runOnce(base, plan, scenario.seed, scenario.draws, pool, progress);
  progress.advance?.(1);
  const band = (key: KpiKey) => achievedRun.kpis.find((k) => k.key === key)!;
  const years = achievedRun.horizonWeeks / 52;
  const perYear = (v: number | null) => (v === null ? null : v / years);
  const achieved =
    request.target === 'annualProgrammeCost'
      ? (({ key: _key, headline, base, p10, p50, p90, mcStandardError, ...rest }) => ({
          ...rest,
          headline: perYear(headline),
          base: perYear(base),
          p10: perYear(p10),
          p50: perYear(p50),
          p90: perYear(p90),
          mcStandardError: perYear(mcStandardError),
        }))(band('programmeCost'))
      : (({ key: _key, ...rest }) => rest)(band(request.target));
  const annualCost = perYear(band('programmeCost').headline);
  if (request.budgetCapPerYear !== undefined && annualCost !== null && annualCost > request.budgetCapPerYear) {
    warnings.push(`At this ${lever.name} the programme costs ${annualCost.toFixed(0)} a year, above the budget cap of ${request.budgetCapPerYear.toFixed(0)}.`);
  }
  const p90Cost = perYear(band('programmeCost').p90);
  if (request.budgetCapPerYear !== undefined && p90Cost !== null && annualCost !== null && annualCost <= request.budgetCapPerYear && p90Cost > request.budgetCapPerYear) {
    warnings.push(`In the pessimistic case (P90) the programme costs ${p90Cost.toFixed(0)} a year, above the budget cap of ${request.budgetCapPerYear.toFixed(0)}.`);
  }
  return {
    scenarioId: scenario.scenarioId,
    lever: request.lever,
    target: request.target,
    targetValue: request.value,
    leverValue: found,
    leverBase: lever.get(scenario.plan),
    achieved,
    converged,
    iterations,
    warnings,
  };
}


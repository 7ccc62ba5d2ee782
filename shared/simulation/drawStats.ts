import { KPI_KEYS, type KpiBand, type KpiKey, type KpiUnit, type SimulationResults } from './results';

/**
 * From one figure per assumption draw to what the run reports: percentiles, the median as the
 * headline, and the Monte Carlo standard error of that median. Pure; the inputs are plain arrays.
 */

/** Below this many draws the order-statistic error estimate is too coarse to state. */
export const MIN_DRAWS_FOR_MC_ERROR = 5;

/** The q-quantile of ascending values, interpolated linearly between order statistics. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of no values');
  if (sorted.length === 1) return sorted[0]!;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * The Monte Carlo standard error of the median of n draws, distribution-free: the count of draws
 * below the true median is Binomial(n, 1/2), whose standard deviation is sqrt(n)/2 draws, so the
 * order statistics sqrt(n)/2 ranks either side of the middle bracket the median by about one
 * standard error each way (the order-statistic confidence interval of the median at z = 1).
 * Half the distance between the quantiles at 1/2 -/+ 1/(2 sqrt n) is then the error. It needs no
 * assumption about the shape of the draws (skewed assumptions give skewed KPIs); for a normal
 * spread it tends to the textbook 1.2533 sigma / sqrt(n). Null under MIN_DRAWS_FOR_MC_ERROR.
 */
export function medianStandardError(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n < MIN_DRAWS_FOR_MC_ERROR) return null;
  const half = 0.5 / Math.sqrt(n);
  return (percentile(sorted, 0.5 + half) - percentile(sorted, 0.5 - half)) / 2;
}

/** Whether a draw's figure counts: null (not reached, does not apply) and non-finite values do not. */
const usable = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/**
 * The headline of one figure over the draws. With one draw it is that draw (the base case).
 * Otherwise it is the median of the draws where the figure exists, provided it exists in at
 * least half of them: a payback reached in 12 draws of 40 has no honest "typical" week, so the
 * headline is then null ("not reached in most draws") and the count says how many reached it.
 */
export function headlineOf(values: readonly (number | null)[]): number | null {
  if (values.length === 1) return usable(values[0]) ? values[0] : null;
  const present = values.filter(usable).sort((a, b) => a - b);
  if (present.length === 0 || present.length * 2 < values.length) return null;
  return percentile(present, 0.5);
}

/**
 * A KPI's band from its value in every draw (draw 0 is the base case). The percentiles and the
 * error are over the draws where the figure exists, so a payback band reads "when it is reached"
 * and `drawsWithValue` says in how many draws that was.
 */
export function kpiBandOf(key: KpiKey, unit: KpiUnit, values: readonly (number | null)[]): KpiBand {
  const present = values.filter(usable).sort((a, b) => a - b);
  const has = present.length > 0;
  const base = values[0];
  return {
    key,
    unit,
    headline: headlineOf(values),
    base: usable(base) ? base : null,
    p10: has ? percentile(present, 0.1) : null,
    p50: has ? percentile(present, 0.5) : null,
    p90: has ? percentile(present, 0.9) : null,
    mcStandardError: medianStandardError(present),
    drawsWithValue: present.length,
  };
}

type StoredKpi = Omit<Partial<KpiBand>, 'key'> & { key: string; unit: KpiUnit; base: number | null };

/**
 * Results stored by an earlier version, read into today's shape: KPIs without a headline take
 * their P50 (the base case with one draw) and state no Monte Carlo error; the cash payback
 * (`paybackWeeks`, which counted cash only) keeps its figures; KPIs the run did not compute
 * (the accrued payback, both NPVs: the old NPV mixed the two bases) are absent, shown as "—";
 * an unknown discount rate is NaN. Such runs are stale in any case (they recorded no inputs).
 */
export function upgradeStoredResults(results: SimulationResults): SimulationResults {
  const stored = results.kpis as unknown as StoredKpi[];
  if (stored.every((k) => k.headline !== undefined) && results.discountRatePerYear !== undefined) return results;
  const byKey = new Map(stored.map((k) => [k.key === 'paybackWeeks' ? 'paybackWeeksCash' : k.key, k]));
  const kpis: KpiBand[] = KPI_KEYS.map((key) => {
    const k = byKey.get(key);
    if (!k) return { key, unit: KPI_UNITS_OF_MISSING[key] ?? 'currency', headline: null, base: null, p10: null, p50: null, p90: null, mcStandardError: null, drawsWithValue: 0 };
    const p50 = k.p50 ?? null;
    return {
      key,
      unit: k.unit,
      headline: k.headline ?? (results.draws > 1 ? p50 : k.base),
      base: k.base,
      p10: k.p10 ?? null,
      p50,
      p90: k.p90 ?? null,
      mcStandardError: k.mcStandardError ?? null,
      drawsWithValue: k.drawsWithValue ?? (p50 === null ? 0 : results.draws),
    };
  });
  return { ...results, kpis, discountRatePerYear: results.discountRatePerYear ?? Number.NaN };
}

/** Units of the KPIs an older run may lack. */
const KPI_UNITS_OF_MISSING: Partial<Record<KpiKey, KpiUnit>> = { paybackWeeksAccrued: 'weeks', npvCash: 'currency', npvAccrued: 'currency' };

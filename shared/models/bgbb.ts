import { groupRows, type NumberArray, totalWeight } from './compress';
import type { FitOptions, FitResult } from './fitResult';
import { fitByMaximumLikelihood } from './maximumLikelihood';
import { logBeta, logSumExp } from './special';

export const BGBB_PARAMS = ['alpha', 'beta', 'gamma', 'delta'] as const;
export type BgBbParamName = (typeof BGBB_PARAMS)[number];
/**
 * alpha, beta: Beta of the chance to transact in a period while alive; gamma, delta: Beta of the
 * chance to drop out at the start of each period (Fader, Hardie & Shang 2010).
 */
export type BgBbParams = Readonly<Record<BgBbParamName, number>>;

/**
 * Discrete-time histories: x transactions in n periods (opportunities), the last in period t_x
 * (0 when none), with how many customers share each pattern.
 */
export interface WeightedDiscreteRows {
  frequency: Float64Array;
  recency: Float64Array;
  periods: Float64Array;
  weight: Float64Array;
}

/** Merges identical (x, t_x, n) histories into weighted rows, checking each. */
export function compressDiscrete(frequency: NumberArray, recency: NumberArray, periods: NumberArray): WeightedDiscreteRows {
  const g = groupRows([frequency, recency, periods], undefined);
  const [f, r, n] = g.columns;
  const rows = { frequency: f ?? new Float64Array(0), recency: r ?? new Float64Array(0), periods: n ?? new Float64Array(0), weight: g.weight };
  checkDiscreteRows(rows);
  return rows;
}

/** Checks that each row is a pattern a customer could have; throws a RangeError naming the first that is not. */
export function checkDiscreteRows(data: WeightedDiscreteRows): void {
  const n = data.frequency.length;
  if (data.recency.length !== n || data.periods.length !== n || data.weight.length !== n) {
    throw new RangeError('frequency, recency, periods and weight must have the same length');
  }
  for (let i = 0; i < n; i++) {
    const x = data.frequency[i] ?? NaN;
    const tx = data.recency[i] ?? NaN;
    const periods = data.periods[i] ?? NaN;
    const why = discreteRowProblem(x, tx, periods, data.weight[i] ?? NaN);
    if (why !== null) throw new RangeError(`row ${i + 1} (frequency ${x}, recency ${tx}, periods ${periods}): ${why}`);
  }
}

function discreteRowProblem(x: number, tx: number, periods: number, weight: number): string | null {
  if (![x, tx, periods].every((v) => Number.isInteger(v) && v >= 0)) return 'all must be whole numbers, 0 or more';
  if (!(x <= tx && tx <= periods)) return 'need frequency <= recency <= periods';
  if (x === 0 && tx !== 0) return 'a customer without transactions has recency 0';
  if (x > 0 && tx < 1) return "the last transaction's period must be 1 or later";
  if (!(weight >= 0)) return 'weight must be 0 or more';
  return null;
}

/**
 * Per pattern (x, t_x, n):
 *   L = B(alpha+x, beta+n-x)/B(alpha,beta) B(gamma, delta+n)/B(gamma,delta)
 *     + sum_{i=0}^{n-t_x-1} B(alpha+x, beta+t_x-x+i)/B(alpha,beta) B(gamma+1, delta+t_x+i)/B(gamma,delta)
 * (alive through all n periods, or dropped out at the start of period t_x+i+1), summed in logs.
 */
function logLikelihood(data: WeightedDiscreteRows, params: Float64Array): number {
  const a = params[0] ?? NaN;
  const b = params[1] ?? NaN;
  const g = params[2] ?? NaN;
  const d = params[3] ?? NaN;
  if (!(a > 0 && b > 0 && g > 0 && d > 0)) return NaN;
  const lbAB = logBeta(a, b);
  const lbGD = logBeta(g, d);
  let ll = 0;
  const terms: number[] = [];
  for (let k = 0; k < data.frequency.length; k++) {
    const x = data.frequency[k] ?? 0;
    const tx = data.recency[k] ?? 0;
    const n = data.periods[k] ?? 0;
    terms.length = 0;
    terms.push(logBeta(a + x, b + n - x) - lbAB + logBeta(g, d + n) - lbGD);
    for (let i = 0; i < n - tx; i++) {
      terms.push(logBeta(a + x, b + tx - x + i) - lbAB + logBeta(g + 1, d + tx + i) - lbGD);
    }
    ll += (data.weight[k] ?? 0) * logSumExp(terms);
  }
  return ll;
}

/** Total BG/BB log-likelihood of the rows at the given parameters. */
export function bgbbLogLikelihood(data: WeightedDiscreteRows, params: BgBbParams): number {
  checkDiscreteRows(data);
  return logLikelihood(data, Float64Array.from(BGBB_PARAMS, (k) => params[k]));
}

/** Fits the BG/BB by maximum likelihood (gradient by central differences), from alpha = beta = gamma = delta = 1. */
export function fitBgBb(data: WeightedDiscreteRows, options: FitOptions<BgBbParamName> = {}): FitResult<BgBbParamName, 'bg/bb', 'period'> {
  checkDiscreteRows(data);
  return fitByMaximumLikelihood(
    {
      model: 'bg/bb',
      names: BGBB_PARAMS,
      timeUnit: 'period',
      customers: totalWeight(data.weight),
      rows: data.frequency.length,
      start: Float64Array.of(1, 1, 1, 1),
      hasGradient: false,
      logLikelihood: (params) => logLikelihood(data, params),
    },
    options,
  );
}

import type { Objective } from './objective';

export interface NelderMeadOptions {
  maxIterations?: number;
  /** Size of the first simplex along each axis (log space: 0.5 is a factor of 1.6). */
  initialStep?: number;
  /** Converged when the simplex's values differ by at most this and its points by at most xTolerance. */
  valueTolerance?: number;
  xTolerance?: number;
}

export interface NelderMeadResult {
  theta: Float64Array;
  value: number;
  converged: boolean;
  iterations: number;
  evaluations: number;
  failureReason: string;
}

/**
 * Nelder-Mead simplex search with the dimension-adapted coefficients of Gao & Han (2012).
 * Slow but needs no gradient and shrugs off points where the likelihood is not finite (they
 * count as +Infinity), so it is the fallback when BFGS stops on NaN or a bad region.
 */
export function minimizeNelderMead(objective: Objective, start: Float64Array, options: NelderMeadOptions = {}): NelderMeadResult {
  const n = objective.dimension;
  const maxIterations = options.maxIterations ?? 400 * n;
  const step = options.initialStep ?? 0.5;
  const fTol = options.valueTolerance ?? 1e-11;
  const xTol = options.xTolerance ?? 1e-8;
  const reflect = 1;
  const expand = 1 + 2 / n;
  const contract = 0.75 - 1 / (2 * n);
  const shrink = 1 - 1 / n;

  let evaluations = 0;
  const value = (x: Float64Array): number => {
    evaluations++;
    const v = objective.value(x);
    return Number.isFinite(v) ? v : Infinity;
  };

  const points: Float64Array[] = [];
  const values: number[] = [];
  for (let k = 0; k <= n; k++) {
    const x = Float64Array.from(start);
    if (k > 0) x[k - 1] = (x[k - 1] ?? 0) + step;
    points.push(x);
    values.push(value(x));
  }
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const centroid = new Float64Array(n);
  const along = (t: number): Float64Array => {
    const worst = points[order[n] ?? 0] ?? centroid;
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = (centroid[i] ?? 0) + t * ((centroid[i] ?? 0) - (worst[i] ?? 0));
    return x;
  };
  const replaceWorst = (x: Float64Array, v: number) => {
    const w = order[n] ?? 0;
    points[w] = x;
    values[w] = v;
  };

  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    order.sort((i, j) => (values[i] ?? Infinity) - (values[j] ?? Infinity));
    const best = order[0] ?? 0;
    const fBest = values[best] ?? Infinity;
    const fWorst = values[order[n] ?? 0] ?? Infinity;
    let spread = 0;
    for (let k = 1; k <= n; k++) {
      const pk = points[order[k] ?? 0] ?? centroid;
      const pb = points[best] ?? centroid;
      for (let i = 0; i < n; i++) spread = Math.max(spread, Math.abs((pk[i] ?? 0) - (pb[i] ?? 0)));
    }
    if (Number.isFinite(fBest) && fWorst - fBest <= fTol * Math.max(1, Math.abs(fBest)) && spread <= xTol) break;

    centroid.fill(0);
    for (let k = 0; k < n; k++) {
      const pk = points[order[k] ?? 0] ?? centroid;
      for (let i = 0; i < n; i++) centroid[i] = (centroid[i] ?? 0) + (pk[i] ?? 0) / n;
    }
    const fSecondWorst = values[order[n - 1] ?? 0] ?? Infinity;
    const xr = along(reflect);
    const fr = value(xr);
    if (fr < fBest) {
      const xe = along(reflect * expand);
      const fe = value(xe);
      if (fe < fr) replaceWorst(xe, fe);
      else replaceWorst(xr, fr);
      continue;
    }
    if (fr < fSecondWorst) {
      replaceWorst(xr, fr);
      continue;
    }
    const outside = fr < fWorst;
    const xc = along(outside ? reflect * contract : -contract);
    const fc = value(xc);
    if (fc < (outside ? fr : fWorst)) {
      replaceWorst(xc, fc);
      continue;
    }
    const pb = points[best] ?? centroid;
    for (let k = 1; k <= n; k++) {
      const idx = order[k] ?? 0;
      const pk = points[idx] ?? centroid;
      for (let i = 0; i < n; i++) pk[i] = (pb[i] ?? 0) + shrink * ((pk[i] ?? 0) - (pb[i] ?? 0));
      values[idx] = value(pk);
    }
  }
  order.sort((i, j) => (values[i] ?? Infinity) - (values[j] ?? Infinity));
  const best = order[0] ?? 0;
  const fBest = values[best] ?? Infinity;
  const converged = iteration < maxIterations && Number.isFinite(fBest);
  return {
    theta: Float64Array.from(points[best] ?? start),
    value: fBest,
    converged,
    iterations: iteration,
    evaluations,
    failureReason: converged
      ? ''
      : Number.isFinite(fBest)
        ? `the simplex search did not settle in ${maxIterations} iterations`
        : 'the likelihood was not a finite number anywhere the simplex search looked',
  };
}

import { allFinite, evaluateWithGradient, maxAbs, type Objective } from './objective';

export interface MinimizeOptions {
  /** Converged when every gradient component is at most this (the objective's own scale). */
  gradientTolerance?: number;
  maxIterations?: number;
  /** Largest change of any coordinate in one step (log space: 3 is a factor of 20). */
  maxStep?: number;
  /** A first inverse-Hessian approximation (row-major), e.g. from a fit on a subsample. */
  initialInverseHessian?: Float64Array;
}

export interface MinimizeResult {
  theta: Float64Array;
  value: number;
  gradient: Float64Array;
  converged: boolean;
  iterations: number;
  evaluations: number;
  /** Why it stopped without converging, in plain words; empty when it converged. */
  failureReason: string;
  /** The final inverse-Hessian approximation (row-major). */
  inverseHessian: Float64Array;
}

export const DEFAULT_GRADIENT_TOLERANCE = 1e-9;
/** A gradient this small at a point the line search cannot improve is as good as converged. */
export const LOOSE_GRADIENT_TOLERANCE = 1e-4;

const C1 = 1e-4;
const C2 = 0.9;
/**
 * Relative size of the rounding noise in a likelihood summed over many rows. Within it, values
 * cannot tell a better point from a worse one, so there a step is judged by its slope alone
 * (Hager & Zhang's approximate Wolfe conditions); otherwise the search would halve the step
 * dozens of times chasing noise near the optimum of a large data set.
 */
const VALUE_NOISE = 1e-12;

const HZ_DELTA = 0.1;

/**
 * Approximate Wolfe: the value no worse than the noise allows, and the slope (d0 < 0 at the
 * start) flattened to between C2 d0 and (2 delta - 1) d0, as in Hager & Zhang (2005).
 */
function approximatelyWolfe(t: Trial, f0: number, d0: number): boolean {
  return t.f <= f0 + VALUE_NOISE * Math.abs(f0) && t.d >= C2 * d0 && t.d <= (2 * HZ_DELTA - 1) * d0;
}

interface Trial {
  alpha: number;
  f: number;
  /** Directional derivative at alpha. */
  d: number;
  x: Float64Array;
  g: Float64Array;
}

/**
 * Quasi-Newton minimisation (BFGS with a strong-Wolfe line search, Nocedal & Wright ch. 3 and 6).
 * Never throws: a failure is reported in the result with the best point seen.
 */
export function minimizeBfgs(objective: Objective, start: Float64Array, options: MinimizeOptions = {}): MinimizeResult {
  const n = objective.dimension;
  const gtol = options.gradientTolerance ?? DEFAULT_GRADIENT_TOLERANCE;
  const maxIterations = options.maxIterations ?? 200;
  const maxStep = options.maxStep ?? 3;

  let x: Float64Array = Float64Array.from(start);
  let g: Float64Array = new Float64Array(n);
  let f = evaluateWithGradient(objective, x, g);
  let evaluations = 1;
  // Inverse Hessian approximation, row-major.
  const h = new Float64Array(n * n);
  const result = (converged: boolean, iterations: number, failureReason: string): MinimizeResult => ({
    theta: x,
    value: f,
    gradient: g,
    converged,
    iterations,
    evaluations,
    failureReason,
    inverseHessian: h,
  });
  if (!Number.isFinite(f)) return result(false, 0, 'the likelihood is not a finite number at the starting point');
  if (!allFinite(g)) return result(false, 0, 'the gradient is not a finite number at the starting point');

  const resetH = (scale: number) => {
    h.fill(0);
    for (let i = 0; i < n; i++) h[i * n + i] = scale;
  };
  const given = options.initialInverseHessian;
  if (given && given.length === n * n && allFinite(given)) h.set(given);
  else resetH(1);
  const p = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);
  let firstStep = !given;

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (maxAbs(g) <= gtol) return result(true, iteration - 1, '');

    let slope = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum -= (h[i * n + j] ?? 0) * (g[j] ?? 0);
      p[i] = sum;
      slope += sum * (g[i] ?? 0);
    }
    if (!(slope < 0)) {
      // The approximation lost positive definiteness: restart from steepest descent.
      resetH(1);
      slope = 0;
      for (let i = 0; i < n; i++) {
        p[i] = -(g[i] ?? 0);
        slope -= (g[i] ?? 0) ** 2;
      }
    }
    const longest = maxAbs(p);
    const alphaMax = longest > 0 ? maxStep / longest : 1;
    const alpha0 = Math.min(1, alphaMax);

    const phi = (alpha: number): Trial => {
      const xa = new Float64Array(n);
      const ga = new Float64Array(n);
      for (let i = 0; i < n; i++) xa[i] = (x[i] ?? 0) + alpha * (p[i] ?? 0);
      const fa = evaluateWithGradient(objective, xa, ga);
      evaluations++;
      let d = 0;
      for (let i = 0; i < n; i++) d += (ga[i] ?? 0) * (p[i] ?? 0);
      const ok = Number.isFinite(fa) && Number.isFinite(d);
      return { alpha, f: ok ? fa : Infinity, d: ok ? d : Infinity, x: xa, g: ga };
    };
    const accepted = strongWolfeSearch(phi, f, slope, alpha0, alphaMax);
    if (accepted === null) {
      if (maxAbs(g) <= LOOSE_GRADIENT_TOLERANCE) return result(true, iteration - 1, '');
      return result(false, iteration - 1, 'the line search could not find a lower point (the likelihood surface is flat or not smooth here)');
    }

    let sy = 0;
    let yy = 0;
    for (let i = 0; i < n; i++) {
      s[i] = (accepted.x[i] ?? 0) - (x[i] ?? 0);
      y[i] = (accepted.g[i] ?? 0) - (g[i] ?? 0);
      sy += (s[i] ?? 0) * (y[i] ?? 0);
      yy += (y[i] ?? 0) ** 2;
    }
    const fOld = f;
    x = accepted.x;
    g = accepted.g;
    f = accepted.f;
    if (sy > 1e-12 * Math.sqrt(yy) * maxAbs(s)) {
      if (firstStep) resetH(sy / yy);
      firstStep = false;
      updateInverseHessian(h, s, y, hy, sy, n);
    }
    if (maxAbs(s) === 0 || Math.abs(fOld - f) <= 1e-16 * Math.max(1, Math.abs(f))) {
      if (maxAbs(g) <= LOOSE_GRADIENT_TOLERANCE) return result(true, iteration, '');
    }
  }
  if (maxAbs(g) <= gtol) return result(true, maxIterations, '');
  return result(false, maxIterations, `did not converge in ${maxIterations} iterations`);
}

/** H <- (I - rho s y') H (I - rho y s') + rho s s', rho = 1 / (s'y). */
function updateInverseHessian(h: Float64Array, s: Float64Array, y: Float64Array, hy: Float64Array, sy: number, n: number): void {
  const rho = 1 / sy;
  let yHy = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += (h[i * n + j] ?? 0) * (y[j] ?? 0);
    hy[i] = sum;
    yHy += sum * (y[i] ?? 0);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const si = s[i] ?? 0;
      const sj = s[j] ?? 0;
      h[i * n + j] =
        (h[i * n + j] ?? 0) - rho * ((hy[i] ?? 0) * sj + si * (hy[j] ?? 0)) + (rho * rho * yHy + rho) * si * sj;
    }
  }
}

/**
 * A step length satisfying the strong Wolfe conditions (Nocedal & Wright, algorithms 3.5 and
 * 3.6), or null when none was found. Non-finite values count as too high, so the search backs
 * off from regions where the likelihood overflows or is undefined.
 */
function strongWolfeSearch(phi: (alpha: number) => Trial, f0: number, d0: number, alpha1: number, alphaMax: number): Trial | null {
  let previous: Trial = { alpha: 0, f: f0, d: d0, x: new Float64Array(0), g: new Float64Array(0) };
  let alpha = alpha1;
  for (let i = 0; i < 30; i++) {
    const t = phi(alpha);
    if (approximatelyWolfe(t, f0, d0)) return t;
    if (t.f > f0 + C1 * alpha * d0 || (i > 0 && t.f >= previous.f)) return zoom(phi, previous, t, f0, d0);
    if (Math.abs(t.d) <= -C2 * d0) return t;
    if (t.d >= 0) return zoom(phi, t, previous, f0, d0);
    if (alpha >= alphaMax) return t; // cannot go further: accept the sufficient decrease
    previous = t;
    alpha = Math.min(2 * alpha, alphaMax);
  }
  return null;
}

function zoom(phi: (alpha: number) => Trial, lo: Trial, hi: Trial, f0: number, d0: number): Trial | null {
  for (let i = 0; i < 25; i++) {
    const width = hi.alpha - lo.alpha;
    if (Math.abs(width) < 1e-14 * Math.max(1, Math.abs(lo.alpha))) break;
    // Minimiser of the quadratic through lo (value and slope) and hi (value), kept inside the
    // middle 80% of the bracket; bisection when hi's value is not usable.
    let alpha = lo.alpha + 0.5 * width;
    if (Number.isFinite(hi.f)) {
      const denom = 2 * (hi.f - lo.f - lo.d * width);
      if (denom > 0) alpha = lo.alpha - (lo.d * width * width) / denom;
    }
    const a = Math.min(lo.alpha, hi.alpha);
    const b = Math.max(lo.alpha, hi.alpha);
    alpha = Math.min(b - 0.1 * (b - a), Math.max(a + 0.1 * (b - a), alpha));
    const t = phi(alpha);
    if (approximatelyWolfe(t, f0, d0)) return t;
    if (t.f > f0 + C1 * alpha * d0 || t.f >= lo.f) {
      hi = t;
    } else {
      if (Math.abs(t.d) <= -C2 * d0) return t;
      if (t.d * width >= 0) hi = lo;
      lo = t;
    }
  }
  // The bracket collapsed: take its low end if it made any progress.
  return lo.alpha !== 0 && lo.f < f0 ? lo : null;
}

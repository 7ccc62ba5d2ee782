/**
 * The function a minimiser works on: a value at a point and, where it was written, its gradient.
 * Points are plain Float64Arrays (the models' parameters in log space); values that are not
 * finite mark points outside the model's reach and make the minimisers step back.
 */
export interface Objective {
  readonly dimension: number;
  value(theta: Float64Array): number;
  /** Writes the gradient into `gradient` and returns the value; absent: central differences. */
  valueAndGradient?(theta: Float64Array, gradient: Float64Array): number;
}

/** Step for central differences: the cube root of machine epsilon, scaled to the coordinate. */
const CENTRAL_STEP = Math.cbrt(Number.EPSILON);

/**
 * The value and, in `gradient`, the gradient: analytic where the objective has it, otherwise by
 * central differences (error about eps^(2/3) relative to the value).
 */
export function evaluateWithGradient(objective: Objective, theta: Float64Array, gradient: Float64Array): number {
  if (objective.valueAndGradient) return objective.valueAndGradient(theta, gradient);
  const f = objective.value(theta);
  const probe = Float64Array.from(theta);
  for (let i = 0; i < theta.length; i++) {
    const x = theta[i] ?? 0;
    const h = CENTRAL_STEP * Math.max(1, Math.abs(x));
    probe[i] = x + h;
    const up = objective.value(probe);
    probe[i] = x - h;
    const down = objective.value(probe);
    probe[i] = x;
    gradient[i] = (up - down) / (2 * h);
  }
  return f;
}

export function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) {
    const a = Math.abs(v[i] ?? NaN);
    if (!(a <= m)) m = a; // NaN propagates
  }
  return m;
}

export function allFinite(v: Float64Array): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  return true;
}

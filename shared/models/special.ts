/**
 * Special functions the customer models need: log-gamma, digamma, log-beta, the Gauss
 * hypergeometric function 2F1 (as its logarithm) and log-sum-exp.
 *
 * Written here rather than taken from a library because the likelihoods depend on them at every
 * step of every fit, and their accuracy and failure modes (NaN, overflow near z = 1) must be ours
 * to test and to explain.
 */

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const EULER_GAMMA = 0.5772156649015329;

/** zeta(k) - 1 for k = 2..ZETA_TERMS+1, by Euler-Maclaurin summation (accurate to about 1e-17). */
const ZETA_MINUS_ONE: Float64Array = (() => {
  const terms = 40;
  const out = new Float64Array(terms + 2);
  const n0 = 10;
  // B_2j / (2j)! for j = 1..6
  const bernoulliOverFactorial = [1 / 12, -1 / 720, 1 / 30240, -1 / 1209600, 1 / 47900160, -691 / 1307674368000];
  for (let k = 2; k < out.length; k++) {
    let sum = 0;
    for (let n = n0 - 1; n >= 2; n--) sum += Math.pow(n, -k);
    sum += Math.pow(n0, 1 - k) / (k - 1) + 0.5 * Math.pow(n0, -k);
    // Rising factorial k (k+1) ... (k+2j-2) times n0^(-k-2j+1).
    let rising = k;
    let power = Math.pow(n0, -k - 1);
    for (let j = 0; j < bernoulliOverFactorial.length; j++) {
      sum += (bernoulliOverFactorial[j] ?? 0) * rising * power;
      rising *= (k + 2 * j + 1) * (k + 2 * j + 2);
      power /= n0 * n0;
    }
    out[k] = sum;
  }
  return out;
})();

/**
 * ln Gamma(1 + e) for |e| <= 0.5, from the Taylor series around 1 with the log1p part split off,
 * so the terms fall like (e/2)^k and the value keeps full relative accuracy near its zero.
 */
function logGammaOnePlus(e: number): number {
  let sum = 0;
  let power = -e; // (-e)^k, starting at k = 1
  for (let k = 2; k < ZETA_MINUS_ONE.length; k++) {
    power *= -e;
    const term = ((ZETA_MINUS_ONE[k] ?? 0) * power) / k;
    sum += term;
    if (Math.abs(term) < 1e-18 * Math.abs(sum)) break;
  }
  return -EULER_GAMMA * e + (e - Math.log1p(e)) + sum;
}

/** Stirling's series for x >= 10; the first omitted term is below 1e-16 there. */
function logGammaStirling(x: number): number {
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series =
    inv *
    (1 / 12 +
      inv2 *
        (-1 / 360 + inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360 + inv2 * (1 / 156)))))));
  return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + series;
}

/**
 * ln |Gamma(x)|. Relative accuracy about 1e-15 for x > 0 (including next to the zeros at 1 and 2);
 * +Infinity at 0 and the negative integers.
 */
export function logGamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 10) return x === Infinity ? Infinity : logGammaStirling(x);
  if (x >= 2.5) {
    let product = 1;
    let y = x;
    while (y >= 2.5) {
      y -= 1;
      product *= y;
    }
    return logGammaOnePlus(y - 2) + Math.log1p(y - 2) + Math.log(product);
  }
  if (x >= 1.5) return logGammaOnePlus(x - 2) + Math.log1p(x - 2);
  if (x >= 0.5) return logGammaOnePlus(x - 1);
  if (x > 0) return logGammaOnePlus(x) - Math.log(x);
  if (Number.isInteger(x)) return Infinity;
  // Reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x).
  return Math.log(Math.PI / Math.abs(sinPi(x))) - logGamma(1 - x);
}

/** The sign of Gamma(x): +1 for x > 0, alternating between the poles below 0, 0 at a pole. */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (Number.isInteger(x)) return 0;
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/** sin(pi x) without the loss of accuracy of Math.sin(Math.PI * x) for large |x|. */
function sinPi(x: number): number {
  const r = x - 2 * Math.round(x / 2); // in [-1, 1]
  return Math.sin(Math.PI * r);
}

/** The digamma function psi(x) = d/dx ln Gamma(x); absolute accuracy about 1e-15. */
export function digamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) {
    if (Number.isInteger(x)) return NaN;
    // Reflection: psi(1 - x) - psi(x) = pi cot(pi x).
    const r = x - Math.round(x);
    return digamma(1 - x) - Math.PI / Math.tan(Math.PI * r);
  }
  let shift = 0;
  let y = x;
  while (y < 10) {
    shift += 1 / y;
    y += 1;
  }
  const inv2 = 1 / (y * y);
  const series =
    inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760 - inv2 / 12))))));
  return Math.log(y) - 0.5 / y - series - shift;
}

/** ln B(a, b) = ln Gamma(a) + ln Gamma(b) - ln Gamma(a + b), for a, b > 0. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** ln(e^a + e^b) without overflow or underflow. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** ln(e^a - e^b) for a >= b; -Infinity when they are equal, NaN when b > a. */
export function logSubExp(a: number, b: number): number {
  if (b === -Infinity) return a;
  if (b > a) return NaN;
  if (b === a) return -Infinity;
  const d = b - a;
  // ln(1 - e^d): log1p(-e^d) is accurate for d < -ln 2, log(-expm1(d)) above.
  return a + (d < -Math.LN2 ? Math.log1p(-Math.exp(d)) : Math.log(-Math.expm1(d)));
}

/** ln(sum of e^v) over the values, scaled by the largest so nothing overflows. */
export function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? -Infinity;
    if (v > max) max = v;
  }
  if (max === -Infinity || !Number.isFinite(max)) return max;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp((values[i] ?? -Infinity) - max);
  return max + Math.log(sum);
}

/** A real number as a sign and the log of its magnitude, so huge and tiny values survive. */
interface SignedLog {
  sign: number;
  log: number;
}

const RESCALE = 1e200;
const LN_RESCALE = Math.log(RESCALE);
const SERIES_MAX_TERMS = 2_000_000;

/**
 * The power series sum (a)_n (b)_n / ((c)_n n!) z^n, kept as a sign and a log so it cannot
 * overflow. Stops when the next terms, bounded by a geometric tail, cannot change the sum;
 * NaN when c is a pole (0, -1, -2, ...) or the series has not converged after SERIES_MAX_TERMS.
 */
function hypergeometricSeries(a: number, b: number, c: number, z: number): SignedLog {
  if (c <= 0 && Number.isInteger(c)) return { sign: 0, log: NaN };
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let n = 0; n < SERIES_MAX_TERMS; n++) {
    const ratio = ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    term *= ratio;
    sum += term;
    if (term === 0) break;
    // Bound the tail by a geometric series whose ratio is the largest of this ratio, the next
    // and the limit |z|; the ratios of a 2F1 series settle towards |z| monotonically after at
    // most a brief overshoot, so with a 1e-16 target the bound is safe in practice.
    if (Math.abs(term) <= 1e-16 * Math.abs(sum)) {
      const absRatio = Math.abs(ratio);
      const nextRatio = Math.abs(((a + n + 1) * (b + n + 1) * z) / ((c + n + 1) * (n + 2)));
      const bound = Math.max(absRatio, nextRatio, Math.abs(z));
      if (bound < 1 && Math.abs(term) * (1 + bound / (1 - bound)) <= 1e-16 * Math.abs(sum)) {
        return { sign: Math.sign(sum), log: Math.log(Math.abs(sum)) + logScale };
      }
    }
    if (Math.abs(sum) > RESCALE) {
      sum /= RESCALE;
      term /= RESCALE;
      logScale += LN_RESCALE;
    }
  }
  return { sign: 0, log: NaN };
}

/** 1 / Gamma(x) as a signed log: sign 0 at the poles, where 1/Gamma is zero. */
function reciprocalGamma(x: number): SignedLog {
  const sign = gammaSign(x);
  return sign === 0 ? { sign: 0, log: -Infinity } : { sign, log: -logGamma(x) };
}

function addSigned(p: SignedLog, q: SignedLog): SignedLog {
  if (p.sign === 0) return q;
  if (q.sign === 0) return p;
  if (p.sign === q.sign) return { sign: p.sign, log: logAddExp(p.log, q.log) };
  if (p.log >= q.log) return { sign: p.sign, log: logSubExp(p.log, q.log) };
  return { sign: q.sign, log: logSubExp(q.log, p.log) };
}

/** Above this z the series is slow and the expansion around z = 1 is used where it is safe. */
const NEAR_ONE = 0.9;
/** How far c - a - b must be from an integer for the expansion around 1 to keep 12+ digits. */
const INTEGER_GAP = 1e-3;

/**
 * 2F1(a, b; c; z) near z = 1 by the connection formula (Abramowitz & Stegun 15.3.6), which
 * needs c - a - b away from the integers; returns null where it is not safe to use.
 */
function hypergeometricNearOne(a: number, b: number, c: number, z: number): SignedLog | null {
  const m = c - a - b;
  if (Math.abs(m - Math.round(m)) < INTEGER_GAP) return null;
  const w = 1 - z;
  const gc = { sign: gammaSign(c), log: logGamma(c) };
  if (gc.sign === 0) return null;
  const parts: SignedLog[] = [];
  // Gamma(c) Gamma(m) / (Gamma(c-a) Gamma(c-b)) F(a, b; 1-m; 1-z)
  const r1 = reciprocalGamma(c - a);
  const r2 = reciprocalGamma(c - b);
  if (r1.sign !== 0 && r2.sign !== 0) {
    const s = hypergeometricSeries(a, b, 1 - m, w);
    const sign = gc.sign * gammaSign(m) * r1.sign * r2.sign * s.sign;
    parts.push({ sign, log: gc.log + logGamma(m) + r1.log + r2.log + s.log });
  }
  // (1-z)^m Gamma(c) Gamma(-m) / (Gamma(a) Gamma(b)) F(c-a, c-b; 1+m; 1-z)
  const r3 = reciprocalGamma(a);
  const r4 = reciprocalGamma(b);
  if (r3.sign !== 0 && r4.sign !== 0) {
    const s = hypergeometricSeries(c - a, c - b, 1 + m, w);
    const sign = gc.sign * gammaSign(-m) * r3.sign * r4.sign * s.sign;
    parts.push({ sign, log: m * Math.log(w) + gc.log + logGamma(-m) + r3.log + r4.log + s.log });
  }
  let total: SignedLog = { sign: 0, log: -Infinity };
  let largest = -Infinity;
  for (const p of parts) {
    if (Number.isNaN(p.log)) return null;
    if (p.sign !== 0) largest = Math.max(largest, p.log);
    total = addSigned(total, p);
  }
  // Cancellation between the two parts would eat the digits: fall back to the series.
  if (total.sign === 0 || total.log < largest - 18) return null;
  return total;
}

/**
 * 2F1(a, b; c; z) as a sign and the log of its magnitude, for real a, b, c and z < 1.
 * z < 0 is mapped into (0, 1) by Pfaff's transformation; 0 <= z <= 0.9 sums the series; above
 * 0.9 the expansion around z = 1 is used when c - a - b is not (nearly) an integer, else the
 * series is summed the long way (NaN if even that has not converged).
 */
export function hyp2F1Signed(a: number, b: number, c: number, z: number): SignedLog {
  if (!(z < 1) || Number.isNaN(a + b + c)) return { sign: 0, log: NaN };
  if (z === 0) return { sign: 1, log: 0 };
  if (z < 0) {
    // Pfaff: F(a, b; c; z) = (1 - z)^(-a) F(a, c - b; c; z / (z - 1)).
    const inner = hyp2F1Signed(a, c - b, c, z / (z - 1));
    return { sign: inner.sign, log: -a * Math.log1p(-z) + inner.log };
  }
  if (z > NEAR_ONE) {
    const near = hypergeometricNearOne(a, b, c, z);
    if (near !== null) return near;
  }
  return hypergeometricSeries(a, b, c, z);
}

/**
 * ln 2F1(a, b; c; z) for z < 1 where the function is positive (as it is in every use in the
 * models: a, b, c > 0 and 0 <= z < 1). NaN when it is not positive or could not be computed.
 */
export function logHyp2F1(a: number, b: number, c: number, z: number): number {
  const v = hyp2F1Signed(a, b, c, z);
  return v.sign > 0 ? v.log : NaN;
}

/**
 * ln 2F1(1, b; c; z) for 0 <= z < 1 and 0 < b < c, the form the Pareto/NBD integrals take after
 * Euler's transformation. Every term is positive and the term ratio (b+n)/(c+n) z stays below z,
 * so the tail after a term t is at most t z / (1 - z): summed directly up to z = 0.9, beyond
 * that by the general routine (expansion around 1).
 */
export function logHyp2F1UnitA(b: number, c: number, z: number): number {
  if (z > NEAR_ONE || !(b > 0 && c > b && z >= 0)) return logHyp2F1(1, b, c, z);
  const tailFactor = z / (1 - z);
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 10_000; n++) {
    term *= ((b + n) / (c + n)) * z;
    sum += term;
    if (term * tailFactor <= 1e-16 * sum) return Math.log(sum);
  }
  return NaN;
}

/** ln 2F1(1, b; c; z) and its partial derivatives, as logHyp2F1UnitAWithGradient returns them. */
export interface LogHyp2F1Gradient {
  value: number;
  /** d ln F / d b, d ln F / d c, d ln F / d z. */
  db: number;
  dc: number;
  dz: number;
}

/**
 * ln 2F1(1, b; c; z) with its derivatives in b, c and z, summed in the same series for
 * 0 <= z <= 0.9 and 0 < b < c (writing into out and returning true); false elsewhere, where the
 * caller differentiates numerically. With t_n = (b)_n / (c)_n z^n:
 *   dF/db = sum t_n sum_{k<n} 1/(b+k),  dF/dc = -sum t_n sum_{k<n} 1/(c+k),  dF/dz = sum n t_n / z.
 */
export function logHyp2F1UnitAWithGradient(b: number, c: number, z: number, out: LogHyp2F1Gradient): boolean {
  if (z > NEAR_ONE || !(b > 0 && c > b && z >= 0)) return false;
  const tailFactor = z / (1 - z);
  const spread = 1 / (1 - z);
  let term = 1;
  let sum = 1;
  let hb = 0;
  let hc = 0;
  let sumB = 0;
  let sumC = 0;
  let sumN = 0;
  for (let n = 0; n < 10_000; n++) {
    const invB = 1 / (b + n);
    const invC = 1 / (c + n);
    hb += invB;
    hc += invC;
    term *= (b + n) * invC * z;
    sum += term;
    sumB += term * hb;
    sumC += term * hc;
    sumN += (n + 1) * term;
    // Later terms are below term * z^k; their weights grow at most linearly in k.
    if (term * tailFactor * (1 + hb + hc + n + spread) <= 1e-16 * sum) {
      out.value = Math.log(sum);
      out.db = sumB / sum;
      out.dc = -sumC / sum;
      out.dz = z > 0 ? sumN / (z * sum) : b / c;
      return true;
    }
  }
  return false;
}

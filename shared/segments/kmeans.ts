import { createRng, type Rng } from '../random/rng';
import { columnIndex, selectRows, type FeatureMatrix } from './features';

/**
 * How segments are numbered once clustering is done, so the same data always gives the same
 * segment numbers whatever the random start found them in. Ties (equal keys) go to the segment
 * whose first customer comes first in the data.
 */
export type SegmentOrder =
  /** Largest segment first. */
  | { by: 'size' }
  /** By the centroid of a matrix column, highest first unless descending is false. */
  | { by: 'column'; column: string; descending?: boolean }
  /** By the segment mean of a per-customer value (e.g. lifetime value in currency), highest first unless descending is false. */
  | { by: 'values'; values: ArrayLike<number>; descending?: boolean };

export interface KMeansOptions {
  k: number;
  seed: number;
  /** Independent k-means++ starts; the one with the lowest within-segment sum of squares is kept. Default 8. */
  restarts?: number;
  /** Guard on Lloyd iterations per start. Default 300. */
  maxIterations?: number;
  /**
   * A start has converged when no row changes segment, or when the centroids moved so little
   * that the sum of their squared moves is below tolerance × the mean column variance of the
   * data (1 for z-scores). Default 1e-4; 0 waits until no row changes. The last moves of a
   * k-means run are a slow shuffle of a few boundary rows that changes no profile figure.
   */
  tolerance?: number;
  /** Default: largest segment first. */
  order?: SegmentOrder;
  /**
   * Above this many rows, the starts (k-means++ seeding and Lloyd iterations, `restarts` times)
   * run on a seeded sample of this many rows, and only the best start's centroids go on to
   * Lloyd iterations over every row. Default 50,000: a sample that size places the centroids
   * of a few segments to within a small fraction of their spread, so the iterations over all
   * rows start close to the end and take few passes; they go on until no row changes segment
   * (tolerance applies to the starts). Up to this many rows every start uses every row (the
   * result is then exactly that of plain restarts). Infinity: always every row.
   */
  sampleRows?: number;
  /** Told after each start and each iteration over all rows: work done and planned, in steps (the plan may grow). */
  onProgress?: (done: number, planned: number) => void;
}

export interface KMeansResult {
  k: number;
  /** Segment of each row, 0..k-1, numbered by the order option. */
  labels: Int32Array;
  /** k rows × d columns, row-major, in the matrix's units (z-scores when standardised). */
  centroids: Float64Array;
  sizes: Int32Array;
  /** Sum over rows of the squared distance to their centroid. */
  withinSS: number;
  /** Lloyd iterations of the start that was kept, and whether it converged before the guard. */
  iterations: number;
  converged: boolean;
  /** Which start was kept (0-based), and each start's within-segment sum of squares (over the rows the starts ran on). */
  restart: number;
  withinSSByRestart: number[];
  /** Rows the starts ran on: every row, or the sample's size when the data were larger (see sampleRows). */
  startRows: number;
}

/** Rows the starts run on when there are more: see KMeansOptions.sampleRows. */
export const DEFAULT_KMEANS_SAMPLE_ROWS = 50_000;
/** The random stream of a seed that draws the sample the starts run on (the starts use streams 0, 1, …). */
const SAMPLE_STREAM = 0x53414d50;
/** Starts on a sample iterated over all rows afterwards: the best few, see kmeans. */
const REFINED_STARTS = 3;
/** Iterations over all rows planned for the progress told, for each start iterated over all rows. */
const PLANNED_FULL_ITERATIONS = 12;

/** Work buffers shared by all starts, so a start allocates nothing per row. */
interface Buffers {
  labels: Int32Array;
  centroids: Float64Array;
  sums: Float64Array;
  sizes: Int32Array;
  /** Squared distance of each row to the nearest seed, while seeding. */
  dist: Float64Array;
  /** Hamerly's bounds per row: above the distance to its own centroid, below that to any other. */
  upper: Float64Array;
  lower: Float64Array;
  /** Per centroid: half the distance to the nearest other one, where it was, how far it moved. */
  half: Float64Array;
  previous: Float64Array;
  moves: Float64Array;
}

/**
 * k-means (Lloyd's algorithm) with k-means++ seeding and several restarts. Start r draws from
 * createRng(seed, r), so the same seed gives the same segments, and a run with more restarts
 * tries a superset of the starts of a run with fewer.
 *
 * On more rows than `sampleRows` the starts run on a seeded sample of rows and the best start
 * (lowest within-segment sum of squares on the sample) is then iterated over every row until it
 * converges: the cost of the restarts no longer grows with the customer base, and the result is
 * a fixed point of Lloyd's iterations on all the data, as before. Single-threaded and seeded
 * throughout, so the same seed gives the same segments wherever it runs.
 */
export function kmeans(matrix: FeatureMatrix, options: KMeansOptions): KMeansResult {
  const { rows: n, columns: d } = matrix;
  const { k, seed } = options;
  const restarts = options.restarts ?? 8;
  const maxIterations = options.maxIterations ?? 300;
  const tolerance = options.tolerance ?? 1e-4;
  const sampleRows = options.sampleRows ?? DEFAULT_KMEANS_SAMPLE_ROWS;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number of at least 1 (got ${k}).`);
  if (k > n) throw new RangeError(`Cannot make ${k} segments of ${n} customers.`);
  if (!Number.isInteger(restarts) || restarts < 1) throw new RangeError(`restarts must be a whole number of at least 1 (got ${restarts}).`);
  if (!Number.isInteger(maxIterations) || maxIterations < 1) throw new RangeError(`maxIterations must be a whole number of at least 1 (got ${maxIterations}).`);
  if (!(tolerance >= 0)) throw new RangeError(`tolerance must be 0 or more (got ${tolerance}).`);
  if (!(sampleRows === Infinity || (Number.isInteger(sampleRows) && sampleRows >= k))) {
    throw new RangeError(`sampleRows must be a whole number of at least k = ${k}, or Infinity (got ${sampleRows}).`);
  }

  const sampled = n > sampleRows;
  const starts = sampled ? selectRows(matrix, seededSample(n, sampleRows, createRng(seed, SAMPLE_STREAM))) : matrix;
  const m = starts.rows;
  const x = starts.values;
  let planned = kmeansPlannedSteps(n, { restarts, sampleRows });
  let done = 0;
  const step = () => {
    done += 1;
    if (done > planned) planned = done;
    options.onProgress?.(done, planned);
  };

  const buffers = lloydBuffers(m, k, d, true);
  const bestLabels = new Int32Array(m);
  const bestCentroids = new Float64Array(k * d);
  let best = { withinSS: Infinity, iterations: 0, converged: false, restart: -1 };
  const withinSSByRestart: number[] = [];
  // Each start's final centroids, for the iterations over all rows after starts on a sample.
  const startCentroids = sampled ? new Float64Array(restarts * k * d) : null;
  const startShiftLimit = tolerance * meanColumnVariance(starts);
  for (let r = 0; r < restarts; r++) {
    seedPlusPlus(x, m, d, k, createRng(seed, r), buffers);
    const run = lloyd(x, m, d, k, maxIterations, startShiftLimit, buffers);
    withinSSByRestart.push(run.withinSS);
    startCentroids?.set(buffers.centroids, r * k * d);
    // Strictly lower only: of equally good starts the earliest is kept.
    if (run.withinSS < best.withinSS) {
      best = { ...run, restart: r };
      bestLabels.set(buffers.labels);
      bestCentroids.set(buffers.centroids);
    }
    step();
  }

  let finalLabels: Int32Array = bestLabels;
  if (startCentroids) {
    // The best few starts, each iterated over every row until no row changes segment; the lowest
    // sum of squares over all rows is kept (the earliest start on a tie). More than the one best:
    // a sample can rank two nearby optima the other way round from the whole data. From a start
    // this close the last iterations touch few rows (Hamerly's bounds skip the rest); stopping
    // on a small centroid shift instead would leave the sum of squares a little short of the
    // fixed point that restarts on all rows reach.
    const full = lloydBuffers(n, k, d, false);
    const fullLabels = new Int32Array(n);
    best = { withinSS: Infinity, iterations: 0, converged: false, restart: -1 };
    for (const r of startsToRefine(withinSSByRestart, REFINED_STARTS)) {
      full.centroids.set(startCentroids.subarray(r * k * d, (r + 1) * k * d));
      const run = lloyd(matrix.values, n, d, k, maxIterations, 0, full, step);
      if (run.withinSS < best.withinSS || (run.withinSS === best.withinSS && r < best.restart)) {
        best = { ...run, restart: r };
        fullLabels.set(full.labels);
        bestCentroids.set(full.centroids);
      }
    }
    finalLabels = fullLabels;
  }
  if (done < planned) {
    done = planned;
    options.onProgress?.(done, planned);
  }

  const order = segmentOrder(matrix, finalLabels, bestCentroids, k, options.order ?? { by: 'size' });
  const renumber = new Int32Array(k);
  order.forEach((oldSegment, newSegment) => (renumber[oldSegment] = newSegment));
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = renumber[finalLabels[i]!]!;
  const centroids = new Float64Array(k * d);
  const sizes = new Int32Array(k);
  order.forEach((oldSegment, newSegment) => {
    centroids.set(bestCentroids.subarray(oldSegment * d, oldSegment * d + d), newSegment * d);
  });
  for (let i = 0; i < n; i++) sizes[labels[i]!]! += 1;

  return {
    k,
    labels,
    centroids,
    sizes,
    withinSS: best.withinSS,
    iterations: best.iterations,
    converged: best.converged,
    restart: best.restart,
    withinSSByRestart,
    startRows: m,
  };
}

/** The steps kmeans plans to tell onProgress of, for n rows: one per start, and its planned iterations over all rows when the starts run on a sample. */
export function kmeansPlannedSteps(n: number, options: Pick<KMeansOptions, 'restarts' | 'sampleRows'> = {}): number {
  const restarts = options.restarts ?? 8;
  return restarts + (n > (options.sampleRows ?? DEFAULT_KMEANS_SAMPLE_ROWS) ? Math.min(restarts, REFINED_STARTS) * PLANNED_FULL_ITERATIONS : 0);
}

/**
 * The starts to iterate over all rows: the lowest sums of squares on the sample, best first,
 * one start per distinct sum (starts that end on the same solution have the same one; of those
 * the earliest), at most `count`.
 */
function startsToRefine(withinSS: readonly number[], count: number): number[] {
  const order = withinSS.map((_, r) => r).sort((a, b) => withinSS[a]! - withinSS[b]! || a - b);
  const chosen: number[] = [];
  for (const r of order) {
    if (chosen.length === count) break;
    const last = chosen.at(-1);
    if (last !== undefined && Math.abs(withinSS[r]! - withinSS[last]!) <= 1e-9 * Math.abs(withinSS[last]!)) continue;
    chosen.push(r);
  }
  return chosen;
}

function lloydBuffers(n: number, k: number, d: number, seeding: boolean): Buffers {
  return {
    labels: new Int32Array(n),
    centroids: new Float64Array(k * d),
    sums: new Float64Array(k * d),
    sizes: new Int32Array(k),
    dist: new Float64Array(seeding ? n : 0),
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    half: new Float64Array(k),
    previous: new Float64Array(k * d),
    moves: new Float64Array(k),
  };
}

/**
 * `size` of the rows 0..n-1 drawn without replacement, each equally likely, in ascending order
 * (selection sampling, Knuth's Algorithm S: one pass, one draw a row).
 */
export function seededSample(n: number, size: number, rng: Rng): Int32Array {
  const out = new Int32Array(Math.min(n, size));
  let chosen = 0;
  for (let i = 0; i < n && chosen < out.length; i++) {
    // Row i is taken with probability (still to choose) / (rows left).
    if ((n - i) * rng.next() < out.length - chosen) out[chosen++] = i;
  }
  return out;
}

function meanColumnVariance(matrix: FeatureMatrix): number {
  const { rows: n, columns: d, values: x } = matrix;
  let total = 0;
  for (let j = 0; j < d; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += x[i * d + j]!;
    const mean = sum / n;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const dev = x[i * d + j]! - mean;
      ss += dev * dev;
    }
    total += ss / n;
  }
  return total / d;
}

function squaredDistance(x: Float64Array, row: number, c: Float64Array, centre: number, d: number): number {
  let s = 0;
  const a = row * d;
  const b = centre * d;
  for (let j = 0; j < d; j++) {
    const diff = x[a + j]! - c[b + j]!;
    s += diff * diff;
  }
  return s;
}

/**
 * k-means++ (Arthur & Vassilvitskii 2007): the first centre is a uniformly drawn row, each next
 * one a row drawn with probability proportional to its squared distance to the nearest centre
 * chosen so far. When every row sits on a centre already, a uniform row is drawn.
 */
function seedPlusPlus(x: Float64Array, n: number, d: number, k: number, rng: Rng, b: Buffers): void {
  const { centroids, dist } = b;
  const first = Math.min(n - 1, Math.floor(rng.next() * n));
  centroids.set(x.subarray(first * d, first * d + d), 0);
  for (let i = 0; i < n; i++) dist[i] = squaredDistance(x, i, centroids, 0, d);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) total += dist[i]!;
    let chosen = -1;
    if (total > 0) {
      let u = rng.next() * total;
      let lastPositive = -1;
      for (let i = 0; i < n; i++) {
        const w = dist[i]!;
        if (w <= 0) continue;
        lastPositive = i;
        u -= w;
        if (u < 0) {
          chosen = i;
          break;
        }
      }
      // Rounding can leave u just above 0 after the last row: take the last row that had weight.
      if (chosen < 0) chosen = lastPositive;
    } else {
      chosen = Math.min(n - 1, Math.floor(rng.next() * n));
    }
    centroids.set(x.subarray(chosen * d, chosen * d + d), c * d);
    for (let i = 0; i < n; i++) {
      const s = squaredDistance(x, i, centroids, c, d);
      if (s < dist[i]!) dist[i] = s;
    }
  }
}

/**
 * Lloyd iterations from the seeded centroids until no row changes segment (or the guard), leaving
 * labels and centroids (the means of the final segments) in the buffers.
 *
 * Accelerated with Hamerly's bounds (Hamerly 2010, "Making k-means even faster"): each row keeps
 * an upper bound on the distance to its own centroid and a lower bound on the distance to any
 * other; when the upper bound is below both the lower bound and half the distance from its
 * centroid to the nearest other centroid, the row cannot change segment and no distance is
 * computed. The bounds only skip work that could not change the assignment, so the fixed point
 * is Lloyd's; most rows are skipped after the first few iterations.
 */
function lloyd(
  x: Float64Array,
  n: number,
  d: number,
  k: number,
  maxIterations: number,
  shiftLimit: number,
  b: Buffers,
  onIteration?: () => void,
): { withinSS: number; iterations: number; converged: boolean } {
  const { labels, centroids, sums, sizes, upper, lower, half, previous, moves } = b;
  // Start with every row in segment 0 and bounds that force a full scan of every row.
  labels.fill(0);
  upper.fill(Infinity);
  lower.fill(0);
  sums.fill(0);
  sizes.fill(0);
  sizes[0] = n;
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) sums[j]! += x[i * d + j]!;

  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    if (iterations > 0) onIteration?.();
    iterations += 1;
    halfDistanceToNearestOther(centroids, k, d, half);
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const a = labels[i]!;
      const bound = Math.max(half[a]!, lower[i]!);
      if (upper[i]! <= bound) continue;
      upper[i] = Math.sqrt(squaredDistance(x, i, centroids, a, d));
      if (upper[i]! <= bound) continue;
      let bestC = 0;
      let bestS = Infinity;
      let secondS = Infinity;
      for (let c = 0; c < k; c++) {
        const s = squaredDistance(x, i, centroids, c, d);
        if (s < bestS) {
          secondS = bestS;
          bestS = s;
          bestC = c;
        } else if (s < secondS) {
          secondS = s;
        }
      }
      upper[i] = Math.sqrt(bestS);
      lower[i] = Math.sqrt(secondS);
      if (bestC !== a) {
        moveRow(x, i, d, a, bestC, labels, sums, sizes);
        changed += 1;
      }
    }
    changed += refillEmptySegments(x, n, d, k, centroids, labels, sums, sizes, upper, lower);
    if (changed === 0) {
      converged = true;
      break;
    }
    previous.set(centroids);
    for (let c = 0; c < k; c++) {
      const size = sizes[c]!;
      if (size > 0) for (let j = 0; j < d; j++) centroids[c * d + j] = sums[c * d + j]! / size;
    }
    // Loosen the bounds by how far the centroids moved.
    let maxMove = 0;
    let maxMoved = -1;
    let secondMove = 0;
    let shift = 0;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = centroids[c * d + j]! - previous[c * d + j]!;
        s += diff * diff;
      }
      shift += s;
      const move = Math.sqrt(s);
      moves[c] = move;
      if (move > maxMove) {
        secondMove = maxMove;
        maxMove = move;
        maxMoved = c;
      } else if (move > secondMove) {
        secondMove = move;
      }
    }
    if (shift <= shiftLimit) {
      converged = true;
      break;
    }
    for (let i = 0; i < n; i++) {
      const a = labels[i]!;
      upper[i]! += moves[a]!;
      lower[i]! -= a === maxMoved ? secondMove : maxMove;
    }
  }
  // Centroids as exact means of the final segments (the running sums carry rounding), and the
  // sum of squares against them.
  sums.fill(0);
  sizes.fill(0);
  for (let i = 0; i < n; i++) {
    const c = labels[i]!;
    sizes[c]! += 1;
    for (let j = 0; j < d; j++) sums[c * d + j]! += x[i * d + j]!;
  }
  for (let c = 0; c < k; c++) {
    const size = sizes[c]!;
    if (size > 0) for (let j = 0; j < d; j++) centroids[c * d + j] = sums[c * d + j]! / size;
  }
  let withinSS = 0;
  for (let i = 0; i < n; i++) withinSS += squaredDistance(x, i, centroids, labels[i]!, d);
  return { withinSS, iterations, converged };
}

function moveRow(x: Float64Array, i: number, d: number, from: number, to: number, labels: Int32Array, sums: Float64Array, sizes: Int32Array): void {
  labels[i] = to;
  sizes[from]! -= 1;
  sizes[to]! += 1;
  for (let j = 0; j < d; j++) {
    const v = x[i * d + j]!;
    sums[from * d + j]! -= v;
    sums[to * d + j]! += v;
  }
}

/** Half the distance from each centroid to its nearest other centroid (Infinity when k = 1). */
function halfDistanceToNearestOther(centroids: Float64Array, k: number, d: number, half: Float64Array): void {
  half.fill(Infinity);
  for (let a = 0; a < k; a++) {
    for (let c = a + 1; c < k; c++) {
      const h = Math.sqrt(squaredDistance(centroids, a, centroids, c, d)) / 2;
      if (h < half[a]!) half[a] = h;
      if (h < half[c]!) half[c] = h;
    }
  }
}

/**
 * A segment that lost all its rows takes the row farthest from its own centroid (among segments
 * that can spare one; the lowest row index on a tie), which then becomes its centroid. Rare, so
 * the distances are computed afresh rather than kept.
 */
function refillEmptySegments(x: Float64Array, n: number, d: number, k: number, centroids: Float64Array, labels: Int32Array, sums: Float64Array, sizes: Int32Array, upper: Float64Array, lower: Float64Array): number {
  let moved = 0;
  for (let c = 0; c < k; c++) {
    if (sizes[c]! > 0) continue;
    let far = -1;
    let farS = -1;
    for (let i = 0; i < n; i++) {
      const own = labels[i]!;
      if (sizes[own]! < 2) continue;
      const s = squaredDistance(x, i, centroids, own, d);
      if (s > farS) {
        farS = s;
        far = i;
      }
    }
    if (far < 0) continue; // cannot happen when k <= n
    moveRow(x, far, d, labels[far]!, c, labels, sums, sizes);
    centroids.set(x.subarray(far * d, far * d + d), c * d);
    // The row's bounds are unknown now: force a full scan at the next iteration.
    upper[far] = Infinity;
    lower[far] = 0;
    moved += 1;
  }
  return moved;
}

/** Old segment numbers in their new order. */
function segmentOrder(matrix: FeatureMatrix, labels: Int32Array, centroids: Float64Array, k: number, order: SegmentOrder): number[] {
  const n = matrix.rows;
  const d = matrix.columns;
  const sizes = new Int32Array(k);
  const firstRow = new Int32Array(k).fill(n);
  for (let i = 0; i < n; i++) {
    const c = labels[i]!;
    sizes[c]! += 1;
    if (i < firstRow[c]!) firstRow[c] = i;
  }
  const key = new Float64Array(k);
  let descending = true;
  if (order.by === 'size') {
    key.set(sizes);
  } else if (order.by === 'column') {
    const j = columnIndex(matrix, order.column);
    for (let c = 0; c < k; c++) key[c] = centroids[c * d + j]!;
    descending = order.descending ?? true;
  } else {
    if (order.values.length !== n) throw new RangeError(`The ordering values have ${order.values.length} entries for ${n} customers.`);
    const sums = new Float64Array(k);
    for (let i = 0; i < n; i++) sums[labels[i]!]! += order.values[i]!;
    for (let c = 0; c < k; c++) key[c] = sizes[c]! > 0 ? sums[c]! / sizes[c]! : -Infinity;
    descending = order.descending ?? true;
  }
  const segments = Array.from({ length: k }, (_, c) => c);
  return segments.sort((a, b) => {
    const ka = key[a]!;
    const kb = key[b]!;
    if (ka !== kb) return descending ? kb - ka : ka - kb;
    return firstRow[a]! - firstRow[b]!;
  });
}

/**
 * The nearest of the given centroids for every row (lowest-numbered on a tie): places new or
 * resampled customers into existing segments.
 */
export function assignToCentroids(matrix: FeatureMatrix, centroids: Float64Array): Int32Array {
  const { rows: n, columns: d, values: x } = matrix;
  if (centroids.length === 0 || centroids.length % d !== 0) throw new RangeError(`Centroids must be k rows of ${d} values (got ${centroids.length} values).`);
  const k = centroids.length / d;
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let bestC = 0;
    let bestS = squaredDistance(x, i, centroids, 0, d);
    for (let c = 1; c < k; c++) {
      const s = squaredDistance(x, i, centroids, c, d);
      if (s < bestS) {
        bestS = s;
        bestC = c;
      }
    }
    labels[i] = bestC;
  }
  return labels;
}

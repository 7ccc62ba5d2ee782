import { describe, expect, it } from 'vitest';
import { featureMatrixFromRows } from './features';
import { createRng } from '../random/rng';
import { assignToCentroids, kmeans, kmeansPlannedSteps, seededSample } from './kmeans';
import { segmentQuality } from './quality';
import { adjustedRandIndex } from './stability';
import { gaussianBlobs } from './testBlobs';

const centres = [
  [0, 0, 0],
  [6, 0, 0],
  [0, 6, 0],
  [0, 0, 6],
];

describe('kmeans', () => {
  it('recovers well-separated Gaussian blobs', () => {
    const { matrix, truth } = gaussianBlobs(centres, { rows: 2000, sd: 1, seed: 11 });
    const fit = kmeans(matrix, { k: 4, seed: 1 });
    expect(adjustedRandIndex(fit.labels, truth)).toBeGreaterThan(0.99);
    expect(fit.converged).toBe(true);
    expect(Array.from(fit.sizes).reduce((a, b) => a + b, 0)).toBe(2000);
    // Each centroid lands near a true centre.
    for (let c = 0; c < 4; c++) {
      const centroid = Array.from(fit.centroids.subarray(c * 3, c * 3 + 3));
      const nearest = Math.min(...centres.map((t) => Math.hypot(...t.map((v, j) => v - centroid[j]!))));
      expect(nearest).toBeLessThan(0.2);
    }
    // The within SS is about n·d·sd² for blobs this clean.
    expect(fit.withinSS / (2000 * 3)).toBeGreaterThan(0.9);
    expect(fit.withinSS / (2000 * 3)).toBeLessThan(1.1);
  });

  it('gives the same labels for the same seed, and the same segments for other seeds and restarts', () => {
    const { matrix } = gaussianBlobs(centres, { rows: 3000, sd: 1.2, seed: 5 });
    const a = kmeans(matrix, { k: 4, seed: 42 });
    const b = kmeans(matrix, { k: 4, seed: 42 });
    expect(Array.from(b.labels)).toEqual(Array.from(a.labels));
    expect(b.withinSSByRestart).toEqual(a.withinSSByRestart);
    // Numbered by size, so another seed or number of restarts gives the same numbers, not a permutation.
    for (const options of [{ seed: 7 }, { seed: 42, restarts: 1 }, { seed: 42, restarts: 20 }]) {
      const other = kmeans(matrix, { k: 4, ...options });
      expect(adjustedRandIndex(other.labels, a.labels)).toBeGreaterThan(0.995);
      expect(Array.from(other.labels).filter((s, i) => s !== a.labels[i]).length).toBeLessThan(15);
    }
  });

  it('tries a superset of starts with more restarts, so the result only gets better', () => {
    const { matrix } = gaussianBlobs(centres, { rows: 1500, sd: 2.5, seed: 9 });
    const few = kmeans(matrix, { k: 6, seed: 3, restarts: 3 });
    const many = kmeans(matrix, { k: 6, seed: 3, restarts: 10 });
    expect(many.withinSSByRestart.slice(0, 3)).toEqual(few.withinSSByRestart);
    expect(many.withinSS).toBeLessThanOrEqual(few.withinSS);
    expect(many.withinSS).toBe(Math.min(...many.withinSSByRestart));
  });

  it('numbers segments by size, by a column or by a per-row value', () => {
    const { matrix } = gaussianBlobs(
      [
        [0, 0],
        [10, 2],
        [3, 10],
      ],
      { rows: 600, sd: 0.5, seed: 2, sizes: [100, 300, 200] },
    );
    const bySize = kmeans(matrix, { k: 3, seed: 1 });
    expect(Array.from(bySize.sizes)).toEqual([300, 200, 100]);
    const byColumn = kmeans(matrix, { k: 3, seed: 1, order: { by: 'column', column: 'f2' } });
    expect(byColumn.centroids[1]).toBeGreaterThan(9); // segment 0 has the highest f2 centroid
    expect(Array.from(byColumn.sizes)).toEqual([200, 300, 100]);
    const byColumnAscending = kmeans(matrix, { k: 3, seed: 1, order: { by: 'column', column: 'f1', descending: false } });
    expect(Array.from(byColumnAscending.sizes)).toEqual([100, 200, 300]);
    const value = Array.from({ length: 600 }, (_, i) => (i < 100 ? 50 : i < 400 ? 10 : 30));
    const byValue = kmeans(matrix, { k: 3, seed: 1, order: { by: 'values', values: value } });
    expect(Array.from(byValue.sizes)).toEqual([100, 200, 300]);
    const ascending = kmeans(matrix, { k: 3, seed: 1, order: { by: 'values', values: value, descending: false } });
    expect(Array.from(ascending.sizes)).toEqual([300, 200, 100]);
  });

  it('breaks ties in the order by the first row of each segment', () => {
    const matrix = featureMatrixFromRows(['x'], [[10], [0], [10], [0]]);
    const fit = kmeans(matrix, { k: 2, seed: 1 });
    expect(Array.from(fit.labels)).toEqual([0, 1, 0, 1]);
  });

  it('keeps every segment non-empty, even with duplicate rows and k close to n', () => {
    const matrix = featureMatrixFromRows(['x', 'y'], [
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 1],
      [1, 1],
      [5, 5],
    ]);
    for (const k of [1, 2, 3, 4, 5, 6]) {
      const fit = kmeans(matrix, { k, seed: k, restarts: 3 });
      expect(Array.from(fit.sizes).every((s) => s > 0)).toBe(true);
      expect(Array.from(fit.sizes).reduce((a, b) => a + b, 0)).toBe(6);
    }
    expect(kmeans(matrix, { k: 3, seed: 1 }).withinSS).toBe(0);
    const allSame = featureMatrixFromRows(['x'], [[2], [2], [2], [2]]);
    const fit = kmeans(allSame, { k: 3, seed: 1 });
    expect(Array.from(fit.sizes).sort()).toEqual([1, 1, 2]);
  });

  it('stops at the iteration guard and says so', () => {
    const { matrix } = gaussianBlobs(centres, { rows: 2000, sd: 3, seed: 4 });
    const fit = kmeans(matrix, { k: 8, seed: 1, restarts: 1, maxIterations: 2, tolerance: 0 });
    expect(fit.converged).toBe(false);
    expect(fit.iterations).toBe(2);
  });

  it('places rows at the nearest centroid', () => {
    const matrix = featureMatrixFromRows(['x'], [[0], [4], [6], [11]]);
    expect(Array.from(assignToCentroids(matrix, Float64Array.from([0, 10])))).toEqual([0, 0, 1, 1]);
    expect(Array.from(assignToCentroids(matrix, Float64Array.from([5, 5])))).toEqual([0, 0, 0, 0]);
  });

  it('rejects impossible settings with a reason', () => {
    const matrix = featureMatrixFromRows(['x'], [[1], [2]]);
    expect(() => kmeans(matrix, { k: 3, seed: 1 })).toThrow(/3 segments of 2 customers/);
    expect(() => kmeans(matrix, { k: 0, seed: 1 })).toThrow(/k must be/);
    expect(() => kmeans(matrix, { k: 1, seed: 1, restarts: 0 })).toThrow(/restarts/);
    expect(() => kmeans(matrix, { k: 1, seed: 1, order: { by: 'column', column: 'spend' } })).toThrow(/No feature named "spend"/);
  });

  it('clusters 20,000 rows × 6 features in well under a second per start', () => {
    const six = [
      [0, 0, 0, 0, 0, 0],
      [3, 3, 0, 0, 0, 0],
      [0, 0, 3, 3, 0, 0],
      [0, 0, 0, 0, 3, 3],
      [3, 0, 3, 0, 3, 0],
    ];
    const { matrix, truth } = gaussianBlobs(six, { rows: 20_000, sd: 1, seed: 8 });
    const started = Date.now();
    const fit = kmeans(matrix, { k: 5, seed: 1, restarts: 2 });
    const elapsedMs = Date.now() - started;
    expect(adjustedRandIndex(fit.labels, truth)).toBeGreaterThan(0.8);
    expect(elapsedMs).toBeLessThan(2000);
  });

  it('up to sampleRows, runs every start on every row: the same result as without a sample', () => {
    const { matrix } = gaussianBlobs(centres, { rows: 3000, sd: 2, seed: 12 });
    const all = kmeans(matrix, { k: 5, seed: 3, sampleRows: Infinity });
    for (const sampleRows of [3000, 50_000]) {
      const fit = kmeans(matrix, { k: 5, seed: 3, sampleRows });
      expect(fit.startRows).toBe(3000);
      expect(Array.from(fit.labels)).toEqual(Array.from(all.labels));
      expect(fit.withinSSByRestart).toEqual(all.withinSSByRestart);
      expect(fit.withinSS).toBe(all.withinSS);
    }
  });

  it('above sampleRows, starts on a seeded sample and iterates the best over every row: deterministic, and no worse than starts on every row', () => {
    const six = [
      [0, 0, 0, 0, 0, 0],
      [2, 2, 0, 0, 0, 0],
      [0, 0, 2, 2, 0, 0],
      [0, 0, 0, 0, 2, 2],
      [2, 0, 2, 0, 2, 0],
    ];
    // Overlapping blobs, so that where the starts land matters.
    const { matrix } = gaussianBlobs(six, { rows: 30_000, sd: 1.2, seed: 21 });
    for (const k of [3, 5, 7]) {
      const full = kmeans(matrix, { k, seed: 4, sampleRows: Infinity });
      const sampled = kmeans(matrix, { k, seed: 4, sampleRows: 3000 });
      const again = kmeans(matrix, { k, seed: 4, sampleRows: 3000 });
      expect(sampled.startRows).toBe(3000);
      expect(Array.from(again.labels)).toEqual(Array.from(sampled.labels));
      expect(again.withinSS).toBe(sampled.withinSS);
      // Iterated over every row until no row moves: a fixed point of Lloyd's iterations on all the data.
      expect(sampled.converged).toBe(true);
      expect(Array.from(assignToCentroids(matrix, sampled.centroids))).toEqual(Array.from(sampled.labels));
      // The sum of squares k-means minimises is no worse (to a millionth) than the best of the starts on every row.
      expect(sampled.withinSS).toBeLessThanOrEqual(full.withinSS * (1 + 1e-6));
      const q = segmentQuality(matrix, sampled.labels);
      const qFull = segmentQuality(matrix, full.labels);
      expect(q.calinskiHarabasz).toBeGreaterThanOrEqual(qFull.calinskiHarabasz * (1 - 1e-6));
      // At the blobs' own k both find the same segments; at other k, equally good splits may differ.
      if (k === 5) expect(adjustedRandIndex(sampled.labels, full.labels)).toBeGreaterThan(0.95);
    }
  });

  it('tells its progress: a step per start, then per iteration over all rows, ending at the plan', () => {
    const { matrix } = gaussianBlobs(centres, { rows: 8000, sd: 1.5, seed: 5 });
    const told: [number, number][] = [];
    kmeans(matrix, { k: 4, seed: 1, restarts: 3, sampleRows: 1000, onProgress: (done, planned) => told.push([done, planned]) });
    const planned = kmeansPlannedSteps(8000, { restarts: 3, sampleRows: 1000 });
    expect(told.slice(0, 3)).toEqual([
      [1, planned],
      [2, planned],
      [3, planned],
    ]);
    // One step at a time; only the last report may jump, to the plan, when the iterations end early.
    for (let i = 1; i < told.length - 1; i++) expect(told[i]![0]).toBe(told[i - 1]![0] + 1);
    expect(told.at(-1)![0]).toBe(told.at(-1)![1]);
    expect(kmeansPlannedSteps(1000, { restarts: 3, sampleRows: 1000 })).toBe(3);
  });

  it('draws its sample without replacement, in row order, the same for the same stream', () => {
    const a = seededSample(1000, 100, createRng(9, 1));
    expect(a.length).toBe(100);
    expect(new Set(a).size).toBe(100);
    expect(Array.from(a)).toEqual(Array.from(a).sort((x, y) => x - y));
    expect(Array.from(seededSample(1000, 100, createRng(9, 1)))).toEqual(Array.from(a));
    expect(Array.from(seededSample(5, 10, createRng(9, 1)))).toEqual([0, 1, 2, 3, 4]);
    // Each row about equally likely: the sample's mean row is near the middle.
    const big = seededSample(100_000, 20_000, createRng(3, 0));
    expect(Math.abs(big.reduce((s, i) => s + i, 0) / big.length - 50_000)).toBeLessThan(1000);
    const matrix = featureMatrixFromRows(['x'], [[1], [2], [3]]);
    expect(() => kmeans(matrix, { k: 2, seed: 1, sampleRows: 1 })).toThrow(/sampleRows must be/);
  });
});

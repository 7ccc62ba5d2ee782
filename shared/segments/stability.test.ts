import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { kmeans } from './kmeans';
import { adjustedRandIndex, bootstrapStability } from './stability';
import { gaussianBlobs } from './testBlobs';

describe('adjustedRandIndex', () => {
  it('is 1 for identical labellings and for the same partition under other numbers', () => {
    const a = [0, 0, 1, 1, 2, 2, 2];
    expect(adjustedRandIndex(a, a)).toBe(1);
    expect(adjustedRandIndex(a, [5, 5, 9, 9, 0, 0, 0])).toBe(1);
    expect(adjustedRandIndex(a, a.map((s) => 2 - s))).toBe(1);
  });

  it('matches a value worked by hand', () => {
    // a = [0,0,0,1,1,1], b = [0,0,1,1,2,2]; contingency rows {2,1,0}, {0,1,2}.
    // index = C(2,2) + C(2,2) = 2; a-pairs = 2·C(3,2) = 6; b-pairs = 3·C(2,2) = 3; C(6,2) = 15.
    // expected = 6·3/15 = 1.2; max = (6+3)/2 = 4.5; ARI = (2 − 1.2)/(4.5 − 1.2) = 0.8/3.3 = 8/33.
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(8 / 33, 12);
  });

  it('is about 0 for independent random labellings', () => {
    const rng = createRng(3, 0);
    const n = 20_000;
    const a = Int32Array.from({ length: n }, () => Math.floor(rng.next() * 4));
    const b = Int32Array.from({ length: n }, () => Math.floor(rng.next() * 5));
    expect(Math.abs(adjustedRandIndex(a, b))).toBeLessThan(0.002);
  });

  it('gives the same figure for segment numbers as for the same partition under any other labels', () => {
    const rng = createRng(8, 0);
    const a = Int32Array.from({ length: 5000 }, () => Math.floor(rng.next() * 6));
    const b = Int32Array.from(a, (s) => (rng.next() < 0.2 ? Math.floor(rng.next() * 4) : s % 4));
    const index = adjustedRandIndex(a, b);
    expect(index).toBeGreaterThan(0.3);
    // Labels no table takes (fractions, negative, large): renumbered through a map, the same figure.
    expect(adjustedRandIndex(Float64Array.from(a, (s) => s * 1e6 + 0.5), Float64Array.from(b, (s) => -s - 1))).toBe(index);
    expect(adjustedRandIndex(Float64Array.from(a, (s) => s + 70_000), b)).toBe(index);
  });

  it('treats trivial partitions sensibly', () => {
    expect(adjustedRandIndex([1, 1, 1], [0, 0, 0])).toBe(1);
    expect(adjustedRandIndex([0, 1, 2], [2, 0, 1])).toBe(1);
    expect(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow(/differ in length/);
  });
});

describe('bootstrapStability', () => {
  it('finds well-separated segments stable and an arbitrary split of one blob less so', () => {
    const separated = gaussianBlobs(
      [
        [0, 0],
        [8, 0],
        [0, 8],
      ],
      { rows: 900, sd: 1, seed: 1 },
    );
    const reference = kmeans(separated.matrix, { k: 3, seed: 1 }).labels;
    const stable = bootstrapStability(separated.matrix, reference, { k: 3, seed: 2, resamples: 8 });
    expect(stable.ari).toHaveLength(8);
    expect(stable.resampleSize).toBe(900);
    expect(stable.minAri).toBeGreaterThan(0.97);
    expect(stable.meanAri).toBeGreaterThanOrEqual(stable.minAri);

    // Six segments cut out of one round blob: the cuts move from resample to resample.
    const oneBlob = gaussianBlobs([[0, 0]], { rows: 900, sd: 1, seed: 4 });
    const cut = kmeans(oneBlob.matrix, { k: 6, seed: 1 }).labels;
    const unstable = bootstrapStability(oneBlob.matrix, cut, { k: 6, seed: 2, resamples: 8 });
    expect(unstable.minAri).toBeLessThan(stable.minAri - 0.1);

    const again = bootstrapStability(oneBlob.matrix, cut, { k: 6, seed: 2, resamples: 8 });
    expect(again.ari).toEqual(unstable.ari);
  });

  it('accepts a smaller resample for large bases and rejects nonsense', () => {
    const { matrix } = gaussianBlobs([[0], [10]], { rows: 400, sd: 1, seed: 1 });
    const labels = kmeans(matrix, { k: 2, seed: 1 }).labels;
    const told: number[] = [];
    const small = bootstrapStability(matrix, labels, { k: 2, seed: 1, resamples: 3, resampleSize: 100, onResample: (b) => told.push(b) });
    expect(told).toEqual([0, 1, 2]);
    expect(small.resampleSize).toBe(100);
    expect(small.minAri).toBeGreaterThan(0.95);
    expect(() => bootstrapStability(matrix, labels, { k: 2, seed: 1, resamples: 0 })).toThrow(/resamples/);
    expect(() => bootstrapStability(matrix, labels, { k: 2, seed: 1, resampleSize: 1 })).toThrow(/at least k = 2 rows/);
  });
});

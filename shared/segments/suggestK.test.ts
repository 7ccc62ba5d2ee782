import { describe, expect, it } from 'vitest';
import { suggestK } from './suggestK';
import { gaussianBlobs } from './testBlobs';

describe('suggestK', () => {
  it('suggests the number of well-separated blobs and reports every measure per k', () => {
    const { matrix } = gaussianBlobs(
      [
        [0, 0],
        [7, 0],
        [0, 7],
        [7, 7],
      ],
      { rows: 800, sd: 0.8, seed: 3 },
    );
    const told: number[] = [];
    const suggestion = suggestK(matrix, { from: 2, to: 6 }, 1, { restarts: 3, onCandidate: (k) => told.push(k) });
    expect(suggestion.k).toBe(4);
    expect(told).toEqual([2, 3, 4, 5, 6]);
    expect(suggestion.candidates.map((c) => c.k)).toEqual([2, 3, 4, 5, 6]);
    const four = suggestion.candidates[2]!;
    expect(four.quality.silhouette.mean).toBeGreaterThan(0.6);
    expect(four.quality.rSquared).toBeGreaterThan(0.9);
    // Davies–Bouldin is lowest and Calinski–Harabasz highest at the true k here too.
    const db = suggestion.candidates.map((c) => c.quality.daviesBouldin);
    const ch = suggestion.candidates.map((c) => c.quality.calinskiHarabasz);
    expect(Math.min(...db)).toBe(four.quality.daviesBouldin);
    expect(Math.max(...ch)).toBe(four.quality.calinskiHarabasz);
    expect(suggestion.rule).toMatch(/highest mean silhouette/);
    expect(suggestK(matrix, [6, 4, 2], 1, { restarts: 3 }).candidates.map((c) => c.k)).toEqual([2, 4, 6]);
  });

  it('prefers the smaller k when the silhouettes are within the tolerance', () => {
    const { matrix } = gaussianBlobs(
      [
        [0, 0],
        [7, 0],
        [0, 7],
        [7, 7],
      ],
      { rows: 400, sd: 0.8, seed: 3 },
    );
    const strict = suggestK(matrix, [3, 4], 1, { restarts: 2, tolerance: 0 });
    const loose = suggestK(matrix, [3, 4], 1, { restarts: 2, tolerance: 1 });
    expect(strict.k).toBe(4);
    expect(loose.k).toBe(3);
  });

  it('refuses k below 2', () => {
    const { matrix } = gaussianBlobs([[0]], { rows: 10, sd: 1, seed: 1 });
    expect(() => suggestK(matrix, [1, 2], 1)).toThrow(/at least 2/);
  });
});

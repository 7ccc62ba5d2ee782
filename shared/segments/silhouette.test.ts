import { describe, expect, it } from 'vitest';
import { kmeans } from './kmeans';
import { silhouette, stratifiedSample } from './silhouette';
import { gaussianBlobs } from './testBlobs';

const centres = [
  [0, 0, 0],
  [5, 0, 0],
  [0, 5, 0],
];

describe('silhouette on large bases', () => {
  it('uses a seeded stratified sample above the exact limit and says how large it was', () => {
    const { matrix, truth: labels } = gaussianBlobs(centres, { rows: 12_000, sd: 1, seed: 6, sizes: [6000, 4000, 2000] });
    // Quotas 5000 · (6000, 4000, 2000) / 12000 = 2500, 1666.7, 833.3: the largest remainder gets the last row.
    const sampled = silhouette(matrix, labels, { seed: 3 });
    expect(sampled.exact).toBe(false);
    expect(sampled.sampleSize).toBe(5000);
    expect(sampled.perSegment.map((s) => s.scored)).toEqual([2500, 1667, 833]);
    const small = { sampleSize: 1500, seed: 3 };
    expect(silhouette(matrix, labels, small)).toEqual(silhouette(matrix, labels, small));
    const otherSeed = silhouette(matrix, labels, { ...small, seed: 4 });
    expect(otherSeed.mean).not.toBe(silhouette(matrix, labels, small).mean);
    expect(Math.abs(otherSeed.mean - sampled.mean)).toBeLessThan(0.015);
  });

  it('agrees with the exact figure within sampling error', () => {
    const { matrix } = gaussianBlobs(centres, { rows: 6000, sd: 1, seed: 6, sizes: [3000, 2000, 1000] });
    const labels = kmeans(matrix, { k: 3, seed: 1 }).labels;
    const exact = silhouette(matrix, labels, { exactMaxRows: 6000 });
    expect(exact.exact).toBe(true);
    expect(exact.sampleSize).toBe(6000);
    const sampled = silhouette(matrix, labels, { sampleSize: 3000, seed: 1 });
    expect(Math.abs(sampled.mean - exact.mean)).toBeLessThan(0.01);
    for (let s = 0; s < 3; s++) expect(Math.abs(sampled.perSegment[s]!.mean - exact.perSegment[s]!.mean)).toBeLessThan(0.02);
  });
});

describe('stratifiedSample', () => {
  it('keeps each segment in proportion, at least two rows of a small one, rows ascending and distinct', () => {
    const labels = Int32Array.from({ length: 1000 }, (_, i) => (i < 3 ? 2 : i % 2));
    const rows = stratifiedSample(labels, 3, 100, 7);
    const counts = [0, 0, 0];
    for (const r of rows) counts[labels[r]!]! += 1;
    // Segments of 498, 499 and 3 rows: quotas 49.8, 49.9, 0.3 → 49, 49, 0 plus the two largest
    // remainders → 50, 50, 0; then two rows of the small segment.
    expect(counts).toEqual([50, 50, 2]);
    expect(rows.length).toBe(102);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!).toBeGreaterThan(rows[i - 1]!);
  });
});

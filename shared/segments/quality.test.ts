import { describe, expect, it } from 'vitest';
import { featureMatrixFromRows } from './features';
import { calinskiHarabasz, daviesBouldin, segmentQuality, segmentSums, varianceExplained } from './quality';
import { silhouette } from './silhouette';

/**
 * Eight points in three obvious groups, worked by hand:
 *
 *   A: a1 (1,1)  a2 (2,1)  a3 (1,2)      centroid (4/3, 4/3)
 *   B: b1 (6,1)  b2 (7,1)  b3 (7,2)      centroid (20/3, 4/3)   (A mirrored about x = 4)
 *   C: c1 (3,6)  c2 (5,6)                centroid (4, 6)
 *   grand mean (32/8, 20/8) = (4, 2.5)
 */
const points = [
  [1, 1],
  [2, 1],
  [1, 2],
  [6, 1],
  [7, 1],
  [7, 2],
  [3, 6],
  [5, 6],
];
const labels = [0, 0, 0, 1, 1, 1, 2, 2];
const matrix = featureMatrixFromRows(['x', 'y'], points);
const r = Math.sqrt;

describe('quality measures on a hand-checked example', () => {
  it('splits the sums of squares as worked by hand', () => {
    // Within A: squared deviations from (4/3, 4/3): a1 (−1/3,−1/3) → 2/9, a2 (2/3,−1/3) → 5/9,
    // a3 (−1/3, 2/3) → 5/9; sum 12/9 = 4/3. B the same by symmetry: 4/3. C: 1 + 1 = 2.
    // Within SS W = 4/3 + 4/3 + 2 = 14/3.
    // Total: x deviations from 4: −3 −2 −3 2 3 3 −1 1 → 9+4+9+4+9+9+1+1 = 46;
    //        y deviations from 2.5: −1.5 −1.5 −0.5 −1.5 −1.5 −0.5 3.5 3.5 → 4·2.25 + 2·0.25 + 2·12.25 = 34.
    // Total SS T = 80. Between SS B = 3·((8/3)² + (7/6)²)·2 + 2·3.5² = 2·305/12 + 24.5 = 226/3 = T − W.
    const sums = segmentSums(matrix, labels);
    expect(sums.withinSS).toBeCloseTo(14 / 3, 12);
    expect(sums.totalSS).toBeCloseTo(80, 12);
    expect(sums.betweenSS).toBeCloseTo(226 / 3, 12);
    expect(Array.from(sums.withinSSBySegment)).toEqual([expect.closeTo(4 / 3, 12), expect.closeTo(4 / 3, 12), expect.closeTo(2, 12)]);
  });

  it('gives R², Calinski–Harabasz and Davies–Bouldin as worked by hand', () => {
    const sums = segmentSums(matrix, labels);
    // R² = B / T = (226/3) / 80 = 113/120 = 0.941666…
    expect(varianceExplained(sums)).toBeCloseTo(113 / 120, 9);
    // CH = (B / (k − 1)) / (W / (n − k)) = (226/3 / 2) / (14/3 / 5) = (113/3)·(15/14) = 565/14 = 40.357142857…
    expect(calinskiHarabasz(sums, 8)).toBeCloseTo(565 / 14, 9);
    // Scatter S (mean distance to the centroid): in A the distances are
    //   a1 → √(1/9+1/9) = √2/3, a2 → √(4/9+1/9) = √5/3, a3 → √5/3, so S_A = (√2 + 2√5)/9 = 0.654038835…;
    //   S_B = S_A by symmetry; S_C = (1 + 1)/2 = 1.
    // Centroid distances: M_AB = 20/3 − 4/3 = 16/3; M_AC = M_BC = √((8/3)² + (14/3)²) = √260/3 = 2√65/3.
    // R_AB = 2·S_A / (16/3) = (√2 + 2√5)/24 = 0.245264563…
    // R_AC = (S_A + 1) / (2√65/3) = (9 + √2 + 2√5) / (6√65) = 0.307737401…  (the worse for A, B and C)
    // DB = (R_AC + R_BC + R_CA) / 3 = (9 + √2 + 2√5) / (6√65) = 0.307737401898…
    expect(daviesBouldin(matrix, labels, sums)).toBeCloseTo((9 + r(2) + 2 * r(5)) / (6 * r(65)), 9);
  });

  it('gives the silhouette as worked by hand', () => {
    // Distances used (B mirrors A: a1↔b2, a2↔b1, a3↔b3; c1↔c2):
    //   a1: to A {1, 1}; to B {5, 6, √37}; to C {√29, √41}
    //   a2: to A {1, √2}; to B {4, 5, √26}; to C {√26, √34}
    //   a3: to A {1, √2}; to B {√26, √37, 6}; to C {√20, √32}
    //   c1: to C {2};     to A {√29, √26, √20}; to B {√34, √41, √32}
    // a1: a = 1;            b = min((11 + √37)/3 = 5.694254, (√29 + √41)/2 = 5.894145) = 5.694254; s = 1 − a/b = 0.824384376
    // a2: a = (1 + √2)/2;   b = min((9 + √26)/3 = 4.699673, (√26 + √34)/2 = 5.464986) = 4.699673; s = 1 − a/b = 0.743150909
    // a3: a = (1 + √2)/2;   b = min((6 + √26 + √37)/3 = 5.727261, (√20 + √32)/2 = 5.064495) = 5.064495; s = 0.761653085
    // c1: a = 2;            b = min((√29 + √26 + √20)/3 = 4.985440, (√34 + √41 + √32)/3 = 5.963643) = 4.985440; s = 0.598831806
    // Segment means: A = B = (0.824384376 + 0.743150909 + 0.761653085)/3 = 0.776396124; C = 0.598831806.
    // Overall mean = (2·(s_a1 + s_a2 + s_a3) + 2·s_c1) / 8 = 0.732005044.
    const sA1 = 1 - 1 / ((11 + r(37)) / 3);
    const sA2 = 1 - (1 + r(2)) / 2 / ((9 + r(26)) / 3);
    const sA3 = 1 - (1 + r(2)) / 2 / ((r(20) + r(32)) / 2);
    const sC = 1 - 2 / ((r(29) + r(26) + r(20)) / 3);
    expect([sA1, sA2, sA3, sC].map((v) => Number(v.toFixed(9)))).toEqual([0.824384376, 0.743150909, 0.761653085, 0.598831806]);

    const result = silhouette(matrix, labels);
    expect(result.exact).toBe(true);
    expect(result.sampleSize).toBe(8);
    expect(result.mean).toBeCloseTo((2 * (sA1 + sA2 + sA3) + 2 * sC) / 8, 9);
    expect(result.mean).toBeCloseTo(0.732005044, 9);
    expect(result.perSegment.map((s) => s.scored)).toEqual([3, 3, 2]);
    expect(result.perSegment[0]!.mean).toBeCloseTo((sA1 + sA2 + sA3) / 3, 9);
    expect(result.perSegment[1]!.mean).toBeCloseTo((sA1 + sA2 + sA3) / 3, 9);
    expect(result.perSegment[2]!.mean).toBeCloseTo(sC, 9);
    // A "sample" as large as the data is the exact figure, and says so.
    const whole = silhouette(matrix, labels, { exactMaxRows: 4, sampleSize: 100 });
    expect(whole).toEqual(result);
  });

  it('does not depend on the segment numbers or the row order', () => {
    const relabelled = labels.map((s) => [2, 0, 1][s]!);
    const a = segmentQuality(matrix, labels);
    const b = segmentQuality(matrix, relabelled);
    expect(b.silhouette.mean).toBeCloseTo(a.silhouette.mean, 12);
    expect(b.calinskiHarabasz).toBeCloseTo(a.calinskiHarabasz, 9);
    expect(b.daviesBouldin).toBeCloseTo(a.daviesBouldin, 12);
    const order = [7, 3, 0, 5, 1, 6, 2, 4];
    const shuffled = featureMatrixFromRows(['x', 'y'], order.map((i) => points[i]!));
    const c = segmentQuality(shuffled, order.map((i) => labels[i]!));
    expect(c.silhouette.mean).toBeCloseTo(a.silhouette.mean, 12);
    expect(c.rSquared).toBeCloseTo(a.rSquared, 12);
    expect(a.smallestSegmentShare).toBe(2 / 8);
  });

  it('skips segment numbers without customers and reports undefined measures as NaN', () => {
    const gapped = labels.map((s) => (s === 2 ? 4 : s)); // segments 2 and 3 are empty
    const q = segmentQuality(matrix, gapped);
    expect(q.k).toBe(3);
    expect(q.calinskiHarabasz).toBeCloseTo(565 / 14, 9);
    expect(q.silhouette.perSegment[2]!.mean).toBeNaN();
    const one = segmentQuality(matrix, new Array(8).fill(0));
    expect(one.silhouette.mean).toBeNaN();
    expect(one.calinskiHarabasz).toBeNaN();
    expect(one.daviesBouldin).toBeNaN();
    expect(one.rSquared).toBe(0);
  });

  it('scores a point alone in its segment 0', () => {
    const q = silhouette(featureMatrixFromRows(['x'], [[0], [1], [10]]), [0, 0, 1]);
    // 0: a = 1, b = 10 → 0.9; 1: a = 1, b = 9 → 8/9; 10: alone → 0.
    expect(q.mean).toBeCloseTo((0.9 + 8 / 9 + 0) / 3, 12);
  });

  it('rejects labels that do not fit the rows', () => {
    expect(() => segmentSums(matrix, [0, 1])).toThrow(/2 segment labels for 8 customers/);
    expect(() => segmentSums(matrix, [0, 0, 0, 1, 1, 1, 2, -1])).toThrow(/row 7 has -1/);
  });
});

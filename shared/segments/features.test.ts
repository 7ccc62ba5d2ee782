import { describe, expect, it } from 'vitest';
import { centroidsInOriginalUnits, columnValues, featureMatrixFromColumns, selectRows, signedLog1p, standardise, toOriginalUnits } from './features';

describe('feature matrix', () => {
  const matrix = featureMatrixFromColumns([
    { name: 'spend', values: [0, 9, 99, 999] },
    { name: 'visits', values: [1, 2, 3, 4] },
    { name: 'region', values: [7, 7, 7, 7] },
  ]);

  it('stores rows one after another', () => {
    expect(Array.from(matrix.values.subarray(3, 6))).toEqual([9, 2, 7]);
    expect(Array.from(columnValues(matrix, 'visits'))).toEqual([1, 2, 3, 4]);
    expect(Array.from(selectRows(matrix, [3, 3, 0]).values)).toEqual([999, 4, 7, 999, 4, 7, 0, 1, 7]);
  });

  it('standardises to mean 0 and sd 1, keeping the means and sds', () => {
    const { matrix: z, scaling } = standardise(matrix);
    // visits: mean 2.5, population sd √1.25
    expect(scaling.means[1]).toBe(2.5);
    expect(scaling.sds[1]).toBeCloseTo(Math.sqrt(1.25), 14);
    expect(z.values[1]).toBeCloseTo(-1.5 / Math.sqrt(1.25), 14);
    // A constant column: sd 0, all zeros, back to its value.
    expect(scaling.sds[2]).toBe(0);
    expect(Array.from(columnValues(z, 2))).toEqual([0, 0, 0, 0]);
    expect(toOriginalUnits(scaling, 2, 0)).toBe(7);
  });

  it('logs skewed money columns first and goes back to original units', () => {
    const { matrix: z, scaling } = standardise(matrix, { log1p: ['spend'] });
    expect(scaling.log1p).toEqual([true, false, false]);
    // log1p of 0, 9, 99, 999 = 0, ln 10, ln 100, ln 1000: equally spaced, so z-scores symmetric.
    expect(scaling.means[0]).toBeCloseTo(1.5 * Math.log(10), 12);
    expect(z.values[0]).toBeCloseTo(-z.values[9]!, 12);
    for (let i = 0; i < 4; i++) expect(toOriginalUnits(scaling, 0, z.values[i * 3]!)).toBeCloseTo(matrix.values[i * 3]!, 9);
    const back = centroidsInOriginalUnits(scaling, Float64Array.from([0, 0, 0]));
    expect(back[0]).toBeCloseTo(Math.expm1(1.5 * Math.log(10)), 9); // the geometric-type centre, not the mean 276.75
    expect(back[1]).toBe(2.5);
    expect(signedLog1p(-9)).toBeCloseTo(-Math.log(10), 14);
  });

  it('rejects columns that do not fit', () => {
    expect(() => featureMatrixFromColumns([{ name: 'a', values: [1, NaN] }])).toThrow('Feature "a" has a value that is not a finite number at row 1 (NaN).');
    expect(() => featureMatrixFromColumns([{ name: 'a', values: [1] }, { name: 'b', values: [1, 2] }])).toThrow(/"b" has 2 values; "a" has 1/);
    expect(() => featureMatrixFromColumns([{ name: 'a', values: [1] }, { name: 'a', values: [1] }])).toThrow(/must differ/);
    expect(() => standardise(matrix, { log1p: ['ltv'] })).toThrow(/No feature named "ltv"/);
  });
});

import { describe, expect, it } from 'vitest';
import { countAgeZero, leaveOutAgeZero } from './fittableCustomers';

describe('leaveOutAgeZero', () => {
  it('drops the customers of age 0 from every column, keeping the order, and counts them', () => {
    const T = Float64Array.of(3, 0, 5, -0, 2);
    const { columns, ageZeroCustomers } = leaveOutAgeZero({ x: Float64Array.of(1, 0, 2, 0, 0), T, label: Int32Array.of(0, 1, 1, 2, 2) }, T);
    expect(ageZeroCustomers).toBe(2);
    expect(Array.from(columns.x)).toEqual([1, 2, 0]);
    expect(Array.from(columns.T)).toEqual([3, 5, 2]);
    expect(columns.label).toBeInstanceOf(Int32Array);
    expect(Array.from(columns.label)).toEqual([0, 1, 2]);
  });

  it('hands the columns back uncopied when nobody is of age 0', () => {
    const x = Float64Array.of(1, 2);
    const T = Float64Array.of(1, 2);
    const out = leaveOutAgeZero({ x, T }, T);
    expect(out.ageZeroCustomers).toBe(0);
    expect(out.columns.x).toBe(x);
  });

  it('keeps a negative or missing age, for the compression check to report as an error in the data', () => {
    expect(countAgeZero(Float64Array.of(-1, NaN, 0))).toBe(1);
    const T = Float64Array.of(-1, NaN, 0);
    expect(Array.from(leaveOutAgeZero({ T }, T).columns.T)).toEqual([-1, NaN]);
  });

  it('refuses columns of another length than the ages', () => {
    const T = Float64Array.of(0, 1);
    expect(() => leaveOutAgeZero({ x: Float64Array.of(1) }, T)).toThrow(RangeError);
  });
});

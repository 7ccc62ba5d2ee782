import { describe, expect, it } from 'vitest';
import { estimateSecondsLeft } from './jobs';

describe('estimateSecondsLeft', () => {
  it('has no estimate before any progress', () => {
    expect(estimateSecondsLeft(0, 100, 5000)).toBeNull();
    expect(estimateSecondsLeft(10, 0, 5000)).toBeNull();
  });
  it('extrapolates the average rate so far', () => {
    // 25 of 100 in 2 s: 75 left at 12.5/s is 6 s.
    expect(estimateSecondsLeft(25, 100, 2000)).toBeCloseTo(6, 10);
  });
  it('never goes negative when done overshoots total', () => {
    expect(estimateSecondsLeft(120, 100, 1000)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { histogram, niceWidth, quantileSorted } from './histogram';

describe('histogram', () => {
  it('counts every value once, in readable bins', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i / 10); // 0 .. 99.9
    const bins = histogram(values, { bins: 10, capQuantile: 1 });
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(1000);
    expect(bins[0]).toEqual({ from: 0, to: 10, count: 100 });
    expect(bins.every((b) => b.to === null || b.to - b.from === 10)).toBe(true);
  });

  it('puts the extreme tail into an open last bin', () => {
    const values = [...Array.from({ length: 990 }, () => 5), ...Array.from({ length: 10 }, () => 10_000)];
    const bins = histogram(values, { bins: 10 });
    const last = bins.at(-1)!;
    expect(last.to).toBeNull();
    expect(last.count).toBe(10);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(1000);
  });

  it('uses whole-number bins for counts', () => {
    const bins = histogram([0, 0, 1, 2, 2, 2, 3], { integer: true, bins: 20, capQuantile: 1 });
    expect(bins.map((b) => [b.from, b.count])).toEqual([
      [0, 2],
      [1, 1],
      [2, 3],
      [3, 1],
    ]);
  });

  it('handles nothing to count', () => {
    expect(histogram([])).toEqual([]);
  });
});

describe('helpers', () => {
  it('rounds widths to 1, 2 or 5 times a power of ten', () => {
    expect(niceWidth(0.37)).toBe(0.5);
    expect(niceWidth(13)).toBe(20);
    expect(niceWidth(4.2)).toBe(5);
    expect(niceWidth(0)).toBe(1);
  });
  it('takes quantiles by nearest rank', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { alignedScales, isLabelledWeek, niceStep } from './simulationAxes';

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0.8)).toBe(1);
    expect(niceStep(42_000)).toBe(50_000);
    expect(niceStep(21)).toBe(25);
    expect(niceStep(200)).toBe(200);
    expect(niceStep(0)).toBe(1);
  });
});

describe('alignedScales', () => {
  it('puts both zeros on the same grid line, with as many ticks each side', () => {
    const s = alignedScales(-96_000, 148_000, 1_150_000)!;
    expect(s.left).toEqual({ min: -100_000, max: 150_000, interval: 50_000 });
    // Three ticks above zero on the left, so three on the right: 1.15M in steps of 500K.
    expect(s.right).toEqual({ min: -1_000_000, max: 1_500_000, interval: 500_000 });
    expect(s.left.min / s.left.interval).toBe(s.right.min / s.right.interval);
    expect(s.left.max / s.left.interval).toBe(s.right.max / s.right.interval);
  });

  it('covers the data on both axes', () => {
    const s = alignedScales(0, 10, 77)!;
    expect(s.left.min).toBe(0);
    expect(s.left.max).toBeGreaterThanOrEqual(10);
    expect(s.right.max).toBeGreaterThanOrEqual(77);
  });

  it('gives up on an empty chart', () => {
    expect(alignedScales(0, 0, 0)).toBeNull();
  });
});

describe('week labels', () => {
  it('fall on week 1 and then on months, quarters or years', () => {
    const labelled = (weeks: number) => Array.from({ length: weeks }, (_, i) => i).filter((i) => isLabelledWeek(i, weeks)).map((i) => i + 1);
    expect(labelled(52)).toEqual([1, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52]);
    expect(labelled(156)).toEqual([1, 13, 26, 39, 52, 65, 78, 91, 104, 117, 130, 143, 156]);
    expect(labelled(520).slice(0, 3)).toEqual([1, 52, 104]);
  });
});

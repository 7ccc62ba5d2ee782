import { describe, expect, it } from 'vitest';
import { chunkRanges, generateSampleChunk, sampleCustomerId } from './generateCustomers';
import { DEFAULT_SAMPLE_SPEC, expectedAverageSpend, validateSampleSpec, type SampleSpec } from './sampleSpec';

const small: SampleSpec = { ...DEFAULT_SAMPLE_SPEC, customers: 3000 };

describe('generateSampleChunk', () => {
  it('gives the same customers however the base is split into chunks', () => {
    const whole = generateSampleChunk(small, 7, 0, 300);
    const a = generateSampleChunk(small, 7, 0, 120);
    const b = generateSampleChunk(small, 7, 120, 180);
    expect(Array.from(whole.tx.amountCents)).toEqual([...a.tx.amountCents, ...b.tx.amountCents]);
    expect(Array.from(whole.tx.day)).toEqual([...a.tx.day, ...b.tx.day]);
    expect(Array.from(whole.numericAttributes)).toEqual([...a.numericAttributes, ...b.numericAttributes]);
  });

  it('changes with the seed', () => {
    const a = generateSampleChunk(small, 1, 0, 50);
    const b = generateSampleChunk(small, 2, 0, 50);
    expect(Array.from(a.tx.amountCents)).not.toEqual(Array.from(b.tx.amountCents));
  });

  it('keeps every transaction inside the data window, in date order per customer', () => {
    const c = generateSampleChunk(small, 3, 0, 2000);
    const start = Date.UTC(2023, 9, 2) / 86_400_000;
    const end = start + 156 * 7;
    for (let i = 0; i < c.tx.day.length; i++) {
      expect(c.tx.day[i]).toBeGreaterThanOrEqual(start);
      expect(c.tx.day[i]).toBeLessThan(end);
      if (i > 0 && c.tx.customer[i] === c.tx.customer[i - 1]) expect(c.tx.day[i]).toBeGreaterThanOrEqual(c.tx.day[i - 1]!);
      expect(c.tx.marginCents[i]).toBeLessThan(c.tx.amountCents[i]!);
    }
  });

  it('draws groups in their shares', () => {
    const c = generateSampleChunk(small, 4, 0, 3000);
    const counts = new Array(small.groups.length).fill(0) as number[];
    for (const g of c.group) counts[g]! += 1;
    small.groups.forEach((g, i) => expect(counts[i]! / 3000).toBeCloseTo(g.share, 1));
  });

  it('reproduces the NBD purchase count and the Gamma-Gamma spend of a known group', () => {
    // One group that never drops out, so repeat purchases over t weeks average r/alpha * t.
    const group = { ...DEFAULT_SAMPLE_SPEC.groups[0]!, share: 1, purchase: { r: 2, alphaWeeks: 8, a: 1, b: 1e9 } };
    const spec: SampleSpec = { ...DEFAULT_SAMPLE_SPEC, groups: [group] };
    const n = 6000;
    const c = generateSampleChunk(spec, 5, 0, n);
    const endDay = Date.UTC(2023, 9, 2) / 86_400_000 + 156 * 7;
    const repeat = new Array(n).fill(-1) as number[];
    const spendSum = new Array(n).fill(0) as number[];
    for (let i = 0; i < c.tx.customer.length; i++) {
      repeat[c.tx.customer[i]!]! += 1;
      spendSum[c.tx.customer[i]!]! += c.tx.amountCents[i]! / 100;
    }
    let observed = 0;
    let expected = 0;
    let avgSpend = 0;
    for (let k = 0; k < n; k++) {
      observed += repeat[k]!;
      // Purchase times are continuous; the customer is observed from the first purchase to the end.
      expected += (2 / 8) * ((endDay - c.firstPurchaseDay[k]!) - 0.5) / 7;
      avgSpend += spendSum[k]! / (repeat[k]! + 1);
    }
    expect(observed / expected).toBeGreaterThan(0.97);
    expect(observed / expected).toBeLessThan(1.03);
    expect(avgSpend / n / expectedAverageSpend(group.spend)).toBeGreaterThan(0.97);
    expect(avgSpend / n / expectedAverageSpend(group.spend)).toBeLessThan(1.03);
  });
});

describe('sample helpers', () => {
  it('names customers and splits ranges', () => {
    expect(sampleCustomerId(0)).toBe('C000001');
    expect(chunkRanges(10, 4)).toEqual([
      { first: 0, count: 4 },
      { first: 4, count: 4 },
      { first: 8, count: 2 },
    ]);
  });
  it('validates a spec and names the field at fault', () => {
    expect(() => validateSampleSpec(DEFAULT_SAMPLE_SPEC)).not.toThrow();
    expect(() => validateSampleSpec({ ...DEFAULT_SAMPLE_SPEC, customers: 0 })).toThrow(/customers/);
    const bad = { ...DEFAULT_SAMPLE_SPEC, groups: [{ ...DEFAULT_SAMPLE_SPEC.groups[0]!, share: 1, spend: { p: 1, q: 1, gamma: 1 } }] };
    expect(() => validateSampleSpec(bad)).toThrow(/q must be above 1/);
  });
});

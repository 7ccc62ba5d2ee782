import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import { Stream } from './stream';

describe('Stream', () => {
  it('gives the same numbers as createRng for a (seed, stream), also after re-seeding', () => {
    const s = new Stream(1, 2);
    s.nextUint32();
    s.reseed(42, 7);
    const r = createRng(42, 7);
    for (let i = 0; i < 100; i++) expect(s.nextUint32()).toBe(r.nextUint32());
    expect(new Stream(5, 9).next()).toBe(createRng(5, 9).next());
  });

  it('u32 is a uniform in [0, 1)', () => {
    const s = new Stream(3, 4);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = s.u32();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { fitBgNbd } from '../../../shared/models/bgnbd';
import type * as BgNbdModule from '../../../shared/models/bgnbd';
import { compressRfm } from '../../../shared/models/compress';
import { ModelFitError } from '../../../shared/models/fitResult';
import { beta, exponential, gamma } from '../../../shared/random/distributions';
import { createRng } from '../../../shared/random/rng';
import { chiSquareSurvival } from '../../../shared/stats/chiSquare';
import { perSegmentModels, SEGMENT_MODEL_MIN_CUSTOMERS } from './segmentCustomers';

/**
 * The fit is the real one, except that a segment of exactly FAILING_CUSTOMERS customers fails
 * as a fit can (a ModelFitError), and one of exactly BROKEN_CUSTOMERS fails as a fault would:
 * no data of a few dozen customers makes the optimiser fail on purpose, reliably.
 */
const FAILING_CUSTOMERS = 77;
const BROKEN_CUSTOMERS = 78;
vi.mock('../../../shared/models/bgnbd', async (importOriginal) => {
  const real = await importOriginal<typeof BgNbdModule>();
  return {
    ...real,
    fitBgNbd: (...args: Parameters<typeof real.fitBgNbd>) => {
      let customers = 0;
      for (const w of args[0].weight) customers += w;
      if (customers === FAILING_CUSTOMERS) throw new ModelFitError('bg/nbd', 'the optimiser did not converge: test');
      if (customers === BROKEN_CUSTOMERS) throw new TypeError('a fault, not a fit problem');
      return real.fitBgNbd(...args);
    },
  };
});

interface Segment {
  customers: number;
  /** BG/NBD parameters, rates per week. */
  r: number;
  alpha: number;
  a: number;
  b: number;
  /** Customers first seen on the calibration end (age 0), on top of `customers`. */
  ageZero: number;
}

/**
 * Customers drawn from a BG/NBD per segment (seeded), ages of 1 to 78 whole weeks and purchase
 * times rounded down to whole weeks, so that 600,000 customers compress to a few thousand
 * distinct (x, t_x, T) rows and fit in well under a second, as real summaries in weeks do.
 */
function drawCustomers(segments: readonly Segment[], seed: number): { x: Float64Array; tx: Float64Array; T: Float64Array; labels: Int32Array } {
  const n = segments.reduce((sum, s) => sum + s.customers + s.ageZero, 0);
  const out = { x: new Float64Array(n), tx: new Float64Array(n), T: new Float64Array(n), labels: new Int32Array(n) };
  const rng = createRng(seed);
  let i = 0;
  segments.forEach((s, label) => {
    for (let c = 0; c < s.customers; c++, i++) {
      const ageWeeks = 1 + Math.floor(rng.next() * 78);
      const rate = gamma(rng, s.r, s.alpha);
      const dropout = beta(rng, s.a, s.b);
      let t = 0;
      let x = 0;
      let last = 0;
      for (;;) {
        t += exponential(rng, rate);
        if (t > ageWeeks) break;
        x++;
        last = t;
        if (rng.next() < dropout) break;
      }
      out.x[i] = x;
      out.tx[i] = x > 0 ? Math.floor(last) : 0;
      out.T[i] = ageWeeks;
      out.labels[i] = label;
    }
    for (let c = 0; c < s.ageZero; c++, i++) out.labels[i] = label; // x = t_x = T = 0
  });
  return out;
}

/** The customers of `keep` (age above 0 only), fitted directly. */
function directFit(data: ReturnType<typeof drawCustomers>, keep: (label: number) => boolean) {
  const rows: number[] = [];
  for (let i = 0; i < data.labels.length; i++) if (data.T[i]! > 0 && keep(data.labels[i]!)) rows.push(i);
  const pick = (a: Float64Array) => Float64Array.from(rows, (i) => a[i]!);
  return fitBgNbd(compressRfm('week', pick(data.x), pick(data.tx), pick(data.T)));
}

describe('perSegmentModels: the likelihood-ratio test of per-segment against pooled BG/NBD', () => {
  it('equals a direct computation of both log-likelihoods with a segment of 600,000 customers', () => {
    const segments: Segment[] = [
      { customers: 600_000, r: 0.6, alpha: 6, a: 0.9, b: 4, ageZero: 40 },
      { customers: 40_000, r: 1.5, alpha: 3, a: 0.4, b: 6, ageZero: 5 },
      { customers: 30_000, r: 0.3, alpha: 10, a: 2, b: 2, ageZero: 0 },
    ];
    const data = drawCustomers(segments, 20_240_615);
    const result = perSegmentModels(data, data.labels, 'week');

    const perSegment = segments.map((_, s) => directFit(data, (label) => label === s));
    const pooled = directFit(data, () => true);
    const separateLogLikelihood = perSegment.reduce((sum, f) => sum + f.logLikelihood, 0);
    const statistic = 2 * (separateLogLikelihood - pooled.logLikelihood);

    expect(result.segmentModelsNotFitted).toEqual([]);
    expect(result.segmentModels.map((m) => m.customers)).toEqual([600_000, 40_000, 30_000]);
    expect(pooled.n).toBe(670_000);
    result.segmentModels.forEach((m, s) => {
      for (const name of ['r', 'alpha', 'a', 'b'] as const) expect(m.params[name]).toBeCloseTo(perSegment[s]!.params[name], 4);
    });
    for (const name of ['r', 'alpha', 'a', 'b'] as const) expect(result.pooledModel![name]).toBeCloseTo(pooled.params[name], 4);
    expect(result.likelihoodRatio!.degreesOfFreedom).toBe(8);
    expect(statistic).toBeGreaterThan(1000); // the segments were drawn from different models
    expect(result.likelihoodRatio!.statistic).toBeCloseTo(statistic, 3);
    expect(result.likelihoodRatio!.pValue).toBeCloseTo(chiSquareSurvival(statistic, 8), 12);
  });

  it('names each segment it could not fit, and why, and tests the others among themselves', () => {
    const busy = { r: 2, alpha: 2, a: 0.5, b: 5 };
    const segments: Segment[] = [
      { customers: 5_000, r: 0.6, alpha: 6, a: 0.9, b: 4, ageZero: 0 },
      { customers: SEGMENT_MODEL_MIN_CUSTOMERS - 1, ...busy, ageZero: 0 },
      { customers: 100, r: 1e-3, alpha: 1e3, a: 1, b: 1, ageZero: 0 }, // rates so low that nobody buys again
      { customers: FAILING_CUSTOMERS, ...busy, ageZero: 0 },
      { customers: 0, ...busy, ageZero: 60 }, // all first seen on the calibration end
      { customers: 3_000, r: 1.5, alpha: 3, a: 0.4, b: 6, ageZero: 0 },
    ];
    const data = drawCustomers(segments, 7);
    expect(data.x.slice(5_000 + 49, 5_000 + 149).every((x) => x === 0)).toBe(true);
    const result = perSegmentModels(data, data.labels, 'week');

    expect(result.segmentModelsNotFitted).toEqual([
      { segment: 1, customers: SEGMENT_MODEL_MIN_CUSTOMERS - 1, problem: { code: 'too-few-customers', minimumCustomers: SEGMENT_MODEL_MIN_CUSTOMERS } },
      { segment: 2, customers: 100, problem: { code: 'no-repeat-buyers' } },
      { segment: 3, customers: FAILING_CUSTOMERS, problem: { code: 'fit-failed', detail: 'bg/nbd fit failed: the optimiser did not converge: test' } },
      { segment: 4, customers: 0, problem: { code: 'too-few-customers', minimumCustomers: SEGMENT_MODEL_MIN_CUSTOMERS } },
    ]);
    expect(result.segmentModels.map((m) => m.segment)).toEqual([0, 5]);
    const separate = directFit(data, (s) => s === 0).logLikelihood + directFit(data, (s) => s === 5).logLikelihood;
    const pooled = directFit(data, (s) => s === 0 || s === 5);
    expect(result.likelihoodRatio!.degreesOfFreedom).toBe(4);
    expect(result.likelihoodRatio!.statistic).toBeCloseTo(2 * (separate - pooled.logLikelihood), 3);
  });

  it('lets a fault in a fit go up instead of reporting it as a segment that could not be fitted', () => {
    const data = drawCustomers(
      [
        { customers: 2_000, r: 0.6, alpha: 6, a: 0.9, b: 4, ageZero: 0 },
        { customers: BROKEN_CUSTOMERS, r: 2, alpha: 2, a: 0.5, b: 5, ageZero: 0 },
      ],
      11,
    );
    expect(() => perSegmentModels(data, data.labels, 'week')).toThrow(TypeError);
  });
});

import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng';
import { currency, share } from '../units';
import { customerLifetimeValue, expectedPurchases } from './clv';
import { duration } from './modelTime';
import {
  bgnbdExpectedPurchases,
  bgnbdExpectedPurchasesNewCustomer,
  bgnbdProbabilityAlive,
  bgnbdProbabilityOfPurchases,
  type FittedBgNbdFamily,
} from './predictBgNbd';
import {
  type FittedParetoNbd,
  paretoNbdExpectedPurchases,
  paretoNbdExpectedPurchasesNewCustomer,
  paretoNbdProbabilityAlive,
} from './predictParetoNbd';
import { simulateBgNbdCustomers, simulateParetoNbdCustomers } from './simulate';

// The published CDNOW estimates (weeks).
const bg: FittedBgNbdFamily = { model: 'bg/nbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' };
const mbg: FittedBgNbdFamily = { model: 'mbg/nbd', params: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, timeUnit: 'week' };
const pareto: FittedParetoNbd = { model: 'pareto/nbd', params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, timeUnit: 'week' };
const example = { frequency: 2, recency: 30.43, age: 38.86, timeUnit: 'week' as const };
const newcomer = { frequency: 0, recency: 0, age: 38.86, timeUnit: 'week' as const };
const weeks39 = duration(39, 'week');

describe('BG/NBD predictions', () => {
  it('reproduce the paper\'s example: 1.226 expected purchases in the next 39 weeks', () => {
    expect(bgnbdExpectedPurchases(bg, example, weeks39)).toBeCloseTo(1.226, 3);
    expect(bgnbdProbabilityAlive(bg, example)).toBeCloseTo(0.72658, 5);
  });

  it('do not depend on the unit the question is asked in', () => {
    const inDays = { frequency: 2, recency: 30.43 * 7, age: 38.86 * 7, timeUnit: 'day' as const };
    expect(bgnbdExpectedPurchases(bg, inDays, duration(273, 'day'))).toBeCloseTo(bgnbdExpectedPurchases(bg, example, weeks39), 12);
    expect(bgnbdProbabilityAlive(bg, inDays)).toBeCloseTo(bgnbdProbabilityAlive(bg, example), 12);
    // 9 months are 39.1 weeks, not 9 weeks.
    expect(bgnbdExpectedPurchases(bg, example, duration(9, 'month'))).toBeGreaterThan(bgnbdExpectedPurchases(bg, example, weeks39));
  });

  it('a BG/NBD customer without repeat purchases is alive; an MBG/NBD one may not be', () => {
    expect(bgnbdProbabilityAlive(bg, newcomer)).toBe(1);
    expect(bgnbdProbabilityAlive(mbg, newcomer)).toBeCloseTo(0.38974, 5);
    expect(bgnbdExpectedPurchases(mbg, example, weeks39)).toBeCloseTo(1.26296, 5);
  });

  it('P(X(t) = n) sums to 1 and its mean is the expected purchases of a new customer', () => {
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 400; n++) {
      const p = bgnbdProbabilityOfPurchases(bg, weeks39, n);
      total += p;
      mean += n * p;
    }
    expect(total).toBeCloseTo(1, 10);
    expect(mean).toBeCloseTo(bgnbdExpectedPurchasesNewCustomer(bg, weeks39), 6);
    expect(bgnbdProbabilityOfPurchases(bg, weeks39, 0)).toBeCloseTo(0.57379, 5);
    expect(() => bgnbdProbabilityOfPurchases(bg, weeks39, 1.5)).toThrow(/whole number/);
  });

  it('expected purchases of new customers match simulation', () => {
    // A customer observed for 39 weeks is a new customer's first 39 weeks.
    const sim = simulateBgNbdCustomers(bg.params, new Float64Array(100_000).fill(39), createRng(5));
    const simulatedMean = sim.frequency.reduce((s, x) => s + x, 0) / sim.frequency.length;
    expect(simulatedMean / bgnbdExpectedPurchasesNewCustomer(bg, weeks39)).toBeCloseTo(1, 1);
    const simM = simulateBgNbdCustomers(mbg.params, new Float64Array(100_000).fill(39), createRng(6), true);
    const simulatedMeanM = simM.frequency.reduce((s, x) => s + x, 0) / simM.frequency.length;
    expect(simulatedMeanM / bgnbdExpectedPurchasesNewCustomer(mbg, weeks39)).toBeCloseTo(1, 1);
  });

  it('are continuous through a = 1, where the closed form divides by zero', () => {
    const at = (a: number) => bgnbdExpectedPurchases({ ...bg, params: { ...bg.params, a } }, example, weeks39);
    expect(at(1)).toBeCloseTo(0.5 * (at(0.999) + at(1.001)), 5);
    expect(Number.isFinite(at(1))).toBe(true);
  });

  it('nothing is expected over a zero horizon', () => {
    expect(bgnbdExpectedPurchases(bg, example, duration(0, 'week'))).toBe(0);
  });
});

describe('Pareto/NBD predictions', () => {
  it('probability alive and expected purchases for customers of the CDNOW fit', () => {
    expect(paretoNbdProbabilityAlive(pareto, example)).toBeCloseTo(0.86917, 5);
    expect(paretoNbdExpectedPurchases(pareto, example, weeks39)).toBeCloseTo(1.45512, 5);
    expect(paretoNbdProbabilityAlive(pareto, newcomer)).toBeCloseTo(0.29529, 5);
    expect(paretoNbdProbabilityAlive(pareto, { ...example, recency: example.age })).toBe(1);
  });

  it('expected purchases of new customers match simulation', () => {
    const sim = simulateParetoNbdCustomers(pareto.params, new Float64Array(100_000).fill(39), createRng(8));
    const simulatedMean = sim.frequency.reduce((s, x) => s + x, 0) / sim.frequency.length;
    expect(simulatedMean / paretoNbdExpectedPurchasesNewCustomer(pareto, weeks39)).toBeCloseTo(1, 1);
  });

  it('are continuous through s = 1', () => {
    const at = (s: number) => paretoNbdExpectedPurchases({ ...pareto, params: { ...pareto.params, s } }, example, weeks39);
    expect(at(1)).toBeCloseTo(0.5 * (at(1 - 1e-6) + at(1 + 1e-6)), 8);
  });
});

describe('customer lifetime value', () => {
  const settings = { period: duration(1, 'month'), periods: 12, discountRatePerPeriod: 0, margin: share(0.3) };

  it('without discounting is the expected purchases over the horizon times spend times margin', () => {
    const clv = customerLifetimeValue(bg, example, currency(40), settings);
    const purchases = expectedPurchases(bg, example, duration(12, 'month'));
    expect(clv).toBeCloseTo(purchases * 40 * 0.3, 10);
  });

  it('discounting lowers it, each period by its own factor', () => {
    const discounted = customerLifetimeValue(bg, example, currency(40), { ...settings, discountRatePerPeriod: 0.01 });
    let byHand = 0;
    let before = 0;
    for (let k = 1; k <= 12; k++) {
      const upTo = expectedPurchases(bg, example, duration(k, 'month'));
      byHand += (upTo - before) / 1.01 ** k;
      before = upTo;
    }
    expect(discounted).toBeCloseTo(byHand * 40 * 0.3, 10);
    expect(discounted).toBeLessThan(customerLifetimeValue(bg, example, currency(40), settings));
  });

  it('means the same horizon whatever unit the period is given in', () => {
    const monthly = customerLifetimeValue(pareto, example, currency(40), settings);
    const inWeeks = customerLifetimeValue(pareto, example, currency(40), { ...settings, period: duration(365.25 / 12 / 7, 'week') });
    expect(inWeeks).toBeCloseTo(monthly, 10);
  });

  it('refuses a margin that is not a share and a discount rate of -100% or below', () => {
    expect(() => customerLifetimeValue(bg, example, currency(40), { ...settings, margin: share(30) })).toThrow(/margin is a share/);
    expect(() => customerLifetimeValue(bg, example, currency(40), { ...settings, discountRatePerPeriod: -1 })).toThrow(/above -100%/);
  });
});

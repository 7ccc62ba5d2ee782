import { describe, expect, it } from 'vitest';
import { exponential, gamma } from '../../../shared/random/distributions';
import { createRng } from '../../../shared/random/rng';
import { valueCustomers } from '../models/valueCustomers';
import { modelApi } from '../workers/modelApi';
import { cardValueColumns, fitCardModels, valueCardRange, type CardValuationData } from './cardValuation';

/**
 * A base drawn from BG/NBD-like customers over 104 weeks (some of age 0, many without repeats),
 * with gamma spends; with `freeRepeats`, one repeat buyer's mean spend is 0, which no spend model takes.
 */
function base(n: number, seed: number, freeRepeats = false): CardValuationData {
  const rng = createRng(seed);
  const data = { x: new Float64Array(n), tx: new Float64Array(n), T: new Float64Array(n), meanRepeatSpend: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const T = i % 97 === 0 ? 0 : Math.floor(rng.next() * 104) + rng.next();
    const rate = gamma(rng, 0.9, 6);
    const life = exponential(rng, 1 / 60);
    let x = 0;
    let tx = 0;
    for (let t = exponential(rng, rate); t < Math.min(T, life); t += exponential(rng, rate)) {
      x++;
      tx = t;
    }
    data.x[i] = x;
    data.tx[i] = x > 0 ? tx : 0;
    data.T[i] = T;
    data.meanRepeatSpend[i] = x > 0 ? gamma(rng, 4, 1 / 12) : 0;
  }
  if (freeRepeats) data.meanRepeatSpend[data.x.findIndex((x) => x > 0)] = 0;
  return data;
}

const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('the value card valuation, fitted once and valued chunk by chunk', () => {
  it.each([
    ['a base with repeat buyers', base(20_000, 3), { horizonMonths: 36, discountRatePerYear: 0.1, margin: 0.27 }, true],
    ['a base where spend cannot be modelled', base(3_000, 5, true), { horizonMonths: 12, discountRatePerYear: 0.05, margin: 0.3 }, false],
  ] as const)('values chunk by chunk, and chunk by chunk in a worker, bit for bit as the whole base at once, on %s', (_, data, settings, spendModelled) => {
    const whole = valueCustomers('week', data.x, data.tx, data.T, data.meanRepeatSpend, settings);
    expect(whole.spendModel !== null).toBe(spendModelled);
    const models = fitCardModels('week', data);
    expect(models.purchaseModel).toEqual(whole.purchaseModel);
    expect(models.spendModel).toEqual(whole.spendModel);
    expect(models.warnings).toEqual(whole.warnings);
    const out = cardValueColumns(data.x.length);
    for (let from = 0; from < data.x.length; from += 1234) valueCardRange(models, data, settings, from, Math.min(data.x.length, from + 1234), out);
    for (const k of ['probabilityAlive', 'expectedPurchasesYear', 'expectedSpend', 'clv'] as const) expect(bytes(out[k]).equals(bytes(whole[k])), k).toBe(true);
    // As a worker gives a chunk back.
    const slice = { x: data.x.slice(500, 900), tx: data.tx.slice(500, 900), T: data.T.slice(500, 900), meanRepeatSpend: data.meanRepeatSpend.slice(500, 900) };
    const chunk = modelApi.valueCardChunk(models, slice, settings);
    expect(bytes(chunk.clv).equals(bytes(whole.clv.subarray(500, 900)))).toBe(true);
    expect(bytes(chunk.probabilityAlive).equals(bytes(whole.probabilityAlive.subarray(500, 900)))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { demoSegments } from './demoPopulation';
import { historyBlock, syntheticBlock, type CustomerHistories, type PopulationBlock } from './population';

const ARRAYS = ['segment', 'lambdaPerWeek', 'dropoutRatePerWeek', 'alive', 'meanBasket', 'basketShape', 'weeksSinceLastPurchase'] as const;

/** A block's customers as plain numbers, its first `count` of each array (a re-used array may be longer). */
function customersOf(block: PopulationBlock): Record<string, number[]> {
  return Object.fromEntries(ARRAYS.map((name) => [name, Array.from(block[name].subarray(0, block.count))]));
}

function histories(count: number, offset: number): CustomerHistories {
  const x = Float64Array.from({ length: count }, (_, i) => (i + offset) % 7);
  const T = Float64Array.from({ length: count }, (_, i) => 20 + ((i * 13 + offset) % 60));
  return {
    segment: Int32Array.from({ length: count }, (_, i) => (i + offset) % 2),
    x,
    tx: Float64Array.from({ length: count }, (_, i) => (x[i]! > 0 ? T[i]! * ((i % 5) / 5) : 0)),
    T,
    meanRepeatSpend: Float64Array.from({ length: count }, (_, i) => (x[i]! > 0 ? 20 + (i % 11) : 0)),
  };
}

describe('population blocks drawn into a previous block’s arrays', () => {
  it('give the same customers as fresh arrays, whatever the previous block held', () => {
    const segments = demoSegments();
    const previous = syntheticBlock(segments, 9, 5000, 3000);
    const fresh = syntheticBlock(segments, 4, 100, 2000);
    const reused = syntheticBlock(segments, 4, 100, 2000, previous);
    expect(reused.segment.buffer).toBe(previous.segment.buffer);
    expect(reused.count).toBe(2000);
    expect(customersOf(reused)).toEqual(customersOf(fresh));
  });

  it('do so for the workspace’s own customers too', () => {
    const models = [
      { r: 0.8, alpha: 9, a: 0.7, b: 2.5 },
      { r: 2.1, alpha: 14, a: 1.2, b: 4 },
    ];
    const spend = { p: 4, q: 3.5, gamma: 30 };
    const previous = historyBlock(histories(1500, 3), models, spend, 2, 0);
    const fresh = historyBlock(histories(1200, 0), models, spend, 6, 1500);
    const reused = historyBlock(histories(1200, 0), models, spend, 6, 1500, previous);
    expect(reused.alive.buffer).toBe(previous.alive.buffer);
    expect(customersOf(reused)).toEqual(customersOf(fresh));
  });

  it('take new arrays when the previous ones are too short', () => {
    const segments = demoSegments();
    const small = syntheticBlock(segments, 1, 0, 10);
    const larger = syntheticBlock(segments, 1, 0, 50, small);
    expect(larger.segment.buffer).not.toBe(small.segment.buffer);
    expect(customersOf(larger)).toEqual(customersOf(syntheticBlock(segments, 1, 0, 50)));
  });
});

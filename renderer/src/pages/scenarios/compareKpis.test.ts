import { describe, expect, it } from 'vitest';
import { scaledResults, scenarioResultsFixture } from '../../charts/scenarioFixtures';
import { createFormatters } from '../../format/formatters';
import { bestIndices, COMPARE_KPIS, compareRows, differenceTo, differenceTone, formatDifference } from './compareKpis';

const format = createFormatters('en-US', 'EUR');

describe('bestIndices', () => {
  it('marks the highest where higher is better and the lowest where lower is better', () => {
    expect(bestIndices([3, 7, 5], 'higher')).toEqual([1]);
    expect(bestIndices([3, 7, 5], 'lower')).toEqual([0]);
  });

  it('marks every scenario tied for best', () => {
    expect(bestIndices([7, 3, 7], 'higher')).toEqual([0, 2]);
  });

  it('marks nothing when all are equal, when fewer than two have the figure, or when neither way is better', () => {
    expect(bestIndices([4, 4], 'higher')).toEqual([]);
    expect(bestIndices([4, null], 'higher')).toEqual([]);
    expect(bestIndices([1, 2], null)).toEqual([]);
  });

  it('leaves out missing figures: a payback never reached is not the shortest', () => {
    expect(bestIndices([null, 40, 30], 'lower')).toEqual([2]);
    expect(bestIndices([Number.NaN, 40, 30], 'lower')).toEqual([2]);
  });

  it('compares negative values by value, not size', () => {
    expect(bestIndices([-0.2, -0.05], 'higher')).toEqual([1]);
  });
});

describe('differences to the baseline', () => {
  it('is the value minus the baseline, null when either is missing', () => {
    expect(differenceTo(12, 10)).toBe(2);
    expect(differenceTo(null, 10)).toBeNull();
    expect(differenceTo(3, null)).toBeNull();
  });

  it('is good news when it goes the better way', () => {
    expect(differenceTone(500, 'lower')).toBe('worse');
    expect(differenceTone(-500, 'lower')).toBe('better');
    expect(differenceTone(0.1, 'higher')).toBe('better');
    expect(differenceTone(0.1, null)).toBe('neutral');
    expect(differenceTone(0, 'higher')).toBe('neutral');
  });

  it('reads rates in percentage points and money with its sign', () => {
    expect(formatDifference(0.0025, 'share', format)).toBe('+0.25 pp');
    expect(formatDifference(-0.12, 'ratio', format)).toBe('−12.0 pp');
    expect(formatDifference(12400, 'currency', format)).toBe('+€12,400');
    expect(formatDifference(-120, 'customers', format)).toBe('−120');
    expect(formatDifference(null, 'customers', format)).toBe('—');
  });
});

describe('compareRows', () => {
  const cheap = scenarioResultsFixture({ scenarioId: 1, name: 'Cheap' }, scaledResults(0.8, 0.9));
  const rich = scenarioResultsFixture({ scenarioId: 2, name: 'Rich' }, scaledResults(1.3, 1.2));
  const unrun = scenarioResultsFixture({ scenarioId: 3, name: 'Not run', lastRun: null }, null);

  it('has one row per KPI and one cell per scenario, in the order asked', () => {
    const rows = compareRows([cheap, rich, unrun]);
    expect(rows.map((r) => r.spec.key)).toEqual(COMPARE_KPIS.map((k) => k.key));
    expect(rows.every((r) => r.cells.length === 3)).toBe(true);
  });

  it('marks the cheaper scenario best on cost and the one keeping more customers best on retention', () => {
    const rows = new Map(compareRows([cheap, rich]).map((r) => [r.spec.key, r]));
    expect(rows.get('programmeCost')!.cells.map((c) => c.best)).toEqual([true, false]);
    expect(rows.get('freeRewardRateTotal')!.cells.map((c) => c.best)).toEqual([true, false]);
    expect(rows.get('retainedCustomers')!.cells.map((c) => c.best)).toEqual([false, true]);
    // Both runs have the same incremental revenue: no winner.
    expect(rows.get('incrementalRevenue')!.cells.map((c) => c.best)).toEqual([false, false]);
  });

  it('gives each scenario its difference to the first, none to the first itself', () => {
    const cost = compareRows([cheap, rich]).find((r) => r.spec.key === 'programmeCost')!;
    expect(cost.cells[0]!.difference).toBeNull();
    expect(cost.cells[1]!.difference).toBeCloseTo(98000 * 1.3 - 98000 * 0.8);
    expect(cost.unit).toBe('currency');
  });

  it('leaves a scenario without a run empty', () => {
    const cost = compareRows([cheap, unrun]).find((r) => r.spec.key === 'programmeCost')!;
    expect(cost.cells[1]).toEqual({ band: null, difference: null, best: false });
  });
});

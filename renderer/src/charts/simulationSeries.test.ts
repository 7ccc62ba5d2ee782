import { describe, expect, it } from 'vitest';
import { simulationResultsFixture } from './simulationFixtures';
import { addSeries, aggregateWeekly, defaultPeriod, periodLabels, periodTitle, periodsFor, segmentSeries, seriesKind, totalSeries } from './simulationSeries';

describe('totalSeries', () => {
  it('adds the segments week by week', () => {
    const r = simulationResultsFixture();
    const total = totalSeries(r, 'plan', 'alive');
    expect(total).toHaveLength(52);
    expect(total[10]).toBeCloseTo(r.segments[0]!.plan.alive[10]! + r.segments[1]!.plan.alive[10]!);
  });

  it('reads a sampled segment as the engine scaled it, without weighting it again', () => {
    const r = simulationResultsFixture();
    const sampled = { ...r, segments: [{ ...r.segments[0]!, weight: 4 }] };
    expect(totalSeries(sampled, 'counterfactual', 'revenue')[3]).toBeCloseTo(r.segments[0]!.counterfactual.revenue[3]!);
    expect(segmentSeries(sampled.segments[0]!, 'plan', 'members')[5]).toBeCloseTo(r.segments[0]!.plan.members[5]!);
  });
});

describe('addSeries', () => {
  it('adds series of equal length and ignores weeks beyond the horizon', () => {
    expect(addSeries([[1, 2, 3], [10, 20, 30, 40]], 3)).toEqual([11, 22, 33]);
  });
});

describe('aggregateWeekly', () => {
  const weeks = Array.from({ length: 30 }, (_, i) => i + 1);

  it('sums flows over each period and keeps a shorter last one', () => {
    expect(aggregateWeekly(weeks, 'quarter', 'flow')).toEqual([91, 260, 114]);
  });

  it('takes the level at the period end for stocks', () => {
    expect(aggregateWeekly(weeks, 'quarter', 'stock')).toEqual([13, 26, 30]);
  });

  it('leaves weekly values as they are', () => {
    expect(aggregateWeekly([1, 2], 'week', 'flow')).toEqual([1, 2]);
  });

  it('knows which series are stocks', () => {
    expect(seriesKind('pointsOutstanding')).toBe('stock');
    expect(seriesKind('pointsRedeemed')).toBe('flow');
  });
});

describe('periods', () => {
  it('opens short horizons by week and long ones by quarter or year', () => {
    expect(defaultPeriod(52)).toBe('week');
    expect(defaultPeriod(156)).toBe('quarter');
    expect(defaultPeriod(520)).toBe('year');
  });

  it('offers only periods shorter than the horizon', () => {
    expect(periodsFor(52)).toEqual(['week', 'quarter']);
    expect(periodsFor(156)).toEqual(['week', 'quarter', 'year']);
    expect(periodsFor(8)).toEqual(['week']);
  });

  it('labels periods, saying when the last one is short', () => {
    expect(periodLabels(4, 'week')).toEqual(['1', '2', '3', '4']);
    expect(periodLabels(78, 'year')).toEqual(['Year 1', 'Year 2 (26 wk)']);
    expect(periodTitle(1, 'year', 78)).toBe('Year 2 (weeks 53–78)');
    expect(periodTitle(2, 'quarter', 52)).toBe('Quarter 3 (weeks 27–39)');
    expect(periodTitle(0, 'week', 52)).toBe('Week 1');
  });
});

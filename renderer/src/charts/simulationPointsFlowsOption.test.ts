import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/formatters';
import { simulationResultsFixture } from './simulationFixtures';
import { buildPointsFlowsOption, LAPSED_NAME, OUTSTANDING_NAME, pointsFlowsData } from './simulationPointsFlowsOption';
import { TEST_CHART_THEME } from './testFixtures';

const format = createFormatters('en-US', 'EUR');
type Series = { name: string; type: string; stack?: string; data: number[]; yAxisIndex?: number };

describe('pointsFlowsData', () => {
  const results = simulationResultsFixture();

  it('balances: what was issued minus what was redeemed and expired is what is outstanding', () => {
    const d = pointsFlowsData(results, 'quarter');
    const sum = (rows: { values: number[] }[]) => rows.reduce((acc, r) => acc + r.values.reduce((a, b) => a + b, 0), 0);
    expect(sum(d.issued) - sum(d.used)).toBeCloseTo(d.outstanding[d.outstanding.length - 1]!, 3);
  });

  it('takes the outstanding balance at each period end', () => {
    const weekly = pointsFlowsData(results, 'week');
    const quarterly = pointsFlowsData(results, 'quarter');
    expect(quarterly.outstanding[0]).toBeCloseTo(weekly.outstanding[12]!);
  });
});

describe('buildPointsFlowsOption', () => {
  const results = simulationResultsFixture();
  const option = buildPointsFlowsOption({ results, period: 'week' }, TEST_CHART_THEME, format);
  const series = (Array.isArray(option.series) ? option.series : []) as Series[];

  it('stacks the six sources above zero and redeemed and expired below it', () => {
    const bars = series.filter((s) => s.type === 'bar');
    expect(bars.map((s) => s.name)).toEqual(['Base', 'Bonus', 'Promotion', 'Frequency', 'Tier', 'Partner', 'Redeemed', 'Expired']);
    expect(bars.slice(0, 6).every((s) => s.data.every((v) => v >= 0))).toBe(true);
    expect(bars.slice(6).every((s) => s.data.every((v) => v <= 0))).toBe(true);
    expect(series.find((s) => s.name === 'Redeemed')!.data[20]).toBeCloseTo(-(results.segments[0]!.plan.pointsRedeemed[20]! + results.segments[1]!.plan.pointsRedeemed[20]!));
  });

  it('draws the outstanding balance as a line on its own axis', () => {
    const line = series.find((s) => s.name === OUTSTANDING_NAME)!;
    expect(line).toMatchObject({ type: 'line', yAxisIndex: 1 });
    expect(Array.isArray(option.yAxis) && option.yAxis.length).toBe(2);
  });

  it('shows the points held by lapsed customers within the outstanding balance', () => {
    const lapsed = series.find((s) => s.name === LAPSED_NAME)!;
    const outstanding = series.find((s) => s.name === OUTSTANDING_NAME)!;
    expect(lapsed).toMatchObject({ type: 'line', yAxisIndex: 1 });
    expect(lapsed.data.every((v, w) => v > 0 && v < outstanding.data[w]!)).toBe(true);
  });

  it('aligns the zero of the balance axis with the zero of the flows axis', () => {
    const [flows, balance] = option.yAxis as { min: number; max: number; interval: number }[];
    expect(flows!.min / flows!.interval).toBe(balance!.min / balance!.interval);
    expect(flows!.max / flows!.interval).toBe(balance!.max / balance!.interval);
    expect(balance!.max).toBeGreaterThanOrEqual(Math.max(...pointsFlowsData(results, 'week').outstanding));
  });

  it('never gives redeemed points the colour of a source of points', () => {
    const colours = (series as unknown as { name: string; itemStyle?: { color: string } }[]).filter((s) => s.itemStyle).map((s) => s.itemStyle!.color);
    const redeemed = (series as unknown as { name: string; itemStyle: { color: string } }[]).find((s) => s.name === 'Redeemed')!.itemStyle.color;
    expect(colours.filter((c) => c === redeemed)).toHaveLength(1);
  });
});

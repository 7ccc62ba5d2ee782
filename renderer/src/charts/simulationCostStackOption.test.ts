import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/formatters';
import { buildCostStackOption, COST_BAND_NAME, costStackData } from './simulationCostStackOption';
import { simulationResultsFixture } from './simulationFixtures';
import { TEST_CHART_THEME } from './testFixtures';

const format = createFormatters('en-US', 'EUR');
type Series = { name: string; type: string; stack?: string; data: number[] };
const seriesOf = (option: ReturnType<typeof buildCostStackOption>) => (Array.isArray(option.series) ? option.series : []) as Series[];

describe('costStackData', () => {
  const results = simulationResultsFixture();

  it('stacks the six kinds of cost and their total agrees with the band of total cost', () => {
    const weekly = costStackData(results, 'week');
    expect(weekly.lines.map((l) => l.label)).toEqual(['Rewards', 'Punch card', 'Privileges', 'Contacts', 'Partners (net)', 'Fixed']);
    // The bars' total is the base case, inside the spread of the draws (the fixture's median sits above it).
    weekly.total.forEach((t, w) => {
      expect(t).toBeGreaterThanOrEqual(results.bands.totalCost.p10[w]! - 1e-6);
      expect(t).toBeLessThanOrEqual(results.bands.totalCost.p50[w]! + 1e-6);
    });
  });

  it('folds weeks into quarters, keeping the sums', () => {
    const weekly = costStackData(results, 'week');
    const quarterly = costStackData(results, 'quarter');
    expect(quarterly.labels).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(quarterly.total)).toBeCloseTo(sum(weekly.total));
    expect(quarterly.lines[5]!.values[0]).toBeCloseTo(20000 + 12 * 1500);
  });
});

describe('buildCostStackOption', () => {
  const results = simulationResultsFixture();

  it('draws one stacked bar series per kind of cost, in the plan currency', () => {
    const option = buildCostStackOption({ results, period: 'week' }, TEST_CHART_THEME, format);
    const bars = seriesOf(option).filter((s) => s.type === 'bar');
    expect(bars).toHaveLength(6);
    expect(new Set(bars.map((b) => b.stack))).toEqual(new Set(['cost']));
    expect(option.yAxis).toMatchObject({ name: 'Cost (EUR)' });
  });

  it('lets a partner credit stack below zero', () => {
    const bars = seriesOf(buildCostStackOption({ results, period: 'week' }, TEST_CHART_THEME, format));
    const partner = bars.find((s) => s.name === 'Partners (net)')!;
    expect(Math.min(...partner.data)).toBeLessThan(0);
  });

  it('shades the total cost band by week only', () => {
    const names = (period: 'week' | 'quarter') => (buildCostStackOption({ results, period }, TEST_CHART_THEME, format).legend as { data: (string | { name: string })[] }).data.map((d) => (typeof d === 'string' ? d : d.name));
    expect(names('week')).toContain(COST_BAND_NAME);
    expect(names('quarter')).not.toContain(COST_BAND_NAME);
  });

  it('surrounds the band with a line of its own median, not the bars', () => {
    const series = seriesOf(buildCostStackOption({ results, period: 'week' }, TEST_CHART_THEME, format));
    const median = series.find((s) => s.type === 'line' && s.name === 'Total cost, median of the draws')!;
    expect(median.data).toEqual(results.bands.totalCost.p50);
    const quarterly = seriesOf(buildCostStackOption({ results, period: 'quarter' }, TEST_CHART_THEME, format));
    expect(quarterly.some((s) => s.name === 'Total cost, median of the draws')).toBe(false);
  });
});

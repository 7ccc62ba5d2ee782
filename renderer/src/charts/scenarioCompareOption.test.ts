import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/formatters';
import { buildCompareOption, COMPARE_NAMES, cumulative, metricSeries, scenarioColour } from './scenarioCompareOption';
import { scaledResults } from './scenarioFixtures';
import { simulationResultsFixture } from './simulationFixtures';
import { TEST_CHART_THEME } from './testFixtures';

const format = createFormatters('en-US', 'EUR');
type Series = { name: string; id?: string; data: number[]; areaStyle?: unknown; lineStyle?: { color: string; type?: string } };
const seriesOf = (option: ReturnType<typeof buildCompareOption>) => (Array.isArray(option.series) ? option.series : []) as Series[];
const legendNames = (option: ReturnType<typeof buildCompareOption>) => (option.legend as { data: (string | { name: string })[] }).data.map((d) => (typeof d === 'string' ? d : d.name));

describe('cumulative', () => {
  it('adds up week by week', () => {
    expect(cumulative([1, 2, 3, -1])).toEqual([1, 3, 6, 5]);
  });
});

describe('metricSeries', () => {
  const results = simulationResultsFixture();

  it('accumulates the total cost and its band', () => {
    const { line, band } = metricSeries(results, 'cost');
    const last = results.horizonWeeks - 1;
    // The line is the band's own median, accumulated: it runs inside its shading every week.
    expect(line[last]).toBeCloseTo(results.bands.totalCost.p50.reduce((a, b) => a + b, 0));
    line.forEach((v, w) => {
      expect(v).toBeGreaterThanOrEqual(band!.p10[w]! - 1e-6);
      expect(v).toBeLessThanOrEqual(band!.p90[w]! + 1e-6);
    });
    expect(band!.p10[last]).toBeCloseTo(results.bands.totalCost.p10.reduce((a, b) => a + b, 0));
    expect(band!.p90[last]).toBeGreaterThan(line[last]!);
  });

  it('reads the liability and the customers alive with the plan', () => {
    expect(metricSeries(results, 'liability').line).toEqual(results.bands.liabilityAtCost.p50);
    expect(metricSeries(results, 'liability').line).not.toEqual(results.accounting.liabilityAtCost);
    expect(metricSeries(results, 'retention').band).toBe(results.bands.alivePlan);
    expect(metricSeries(results, 'retention').line).toEqual(results.bands.alivePlan.p50);
  });

  it('has no band after one draw', () => {
    const one = simulationResultsFixture({ draws: 1 });
    expect(metricSeries(one, 'liability').band).toBeNull();
    // With one draw the line is the base case.
    expect(metricSeries(one, 'liability').line).toEqual(one.accounting.liabilityAtCost);
  });
});

describe('buildCompareOption', () => {
  const runs = [
    { name: 'Base plan', results: scaledResults(1) },
    { name: 'Richer rewards', results: scaledResults(1.4) },
  ];

  it('draws one line per scenario in its colour, the baseline first in the legend', () => {
    const option = buildCompareOption({ runs, metric: 'liability' }, TEST_CHART_THEME, format);
    const lines = seriesOf(option).filter((s) => !s.id);
    expect(lines.map((s) => s.name)).toEqual(['Base plan', 'Richer rewards']);
    expect(lines[1]!.lineStyle!.color).toBe(scenarioColour(TEST_CHART_THEME, 1));
    expect(lines[1]!.data[30]).toBeCloseTo(lines[0]!.data[30]! * 1.4);
    expect(legendNames(option)).toEqual(['Base plan', 'Richer rewards', 'P10–P90 over the draws']);
  });

  it('shades each run’s P10–P90 band behind its line', () => {
    const series = seriesOf(buildCompareOption({ runs, metric: 'cost' }, TEST_CHART_THEME, format));
    const low = series.find((s) => s.id === 'compare-1-low')!;
    const width = series.find((s) => s.id === 'compare-1-width')!;
    const cost = metricSeries(runs[1]!.results, 'cost');
    expect(low.data[20]! + width.data[20]!).toBeCloseTo(cost.band!.p90[20]!);
    expect(width.areaStyle).toBeDefined();
  });

  it('adds the world without a plan once, dashed, on the retention chart', () => {
    const option = buildCompareOption({ runs, metric: 'retention' }, TEST_CHART_THEME, format);
    const cf = seriesOf(option).filter((s) => s.name === COMPARE_NAMES.counterfactual);
    expect(cf).toHaveLength(1);
    expect(cf[0]!.lineStyle!.type).toBe('dashed');
    expect(option.yAxis).toMatchObject({ scale: true });
  });

  it('names the single band after its scenario and shades nothing after one draw', () => {
    const one = buildCompareOption({ runs: [runs[0]!], metric: 'cost' }, TEST_CHART_THEME, format);
    expect(legendNames(one)).toContain(COMPARE_NAMES.band('Base plan'));
    const single = buildCompareOption({ runs: [{ name: 'A', results: simulationResultsFixture({ draws: 1 }) }], metric: 'cost' }, TEST_CHART_THEME, format);
    expect(seriesOf(single).some((s) => s.areaStyle)).toBe(false);
  });

  it('spans the longest horizon when runs differ in length', () => {
    const short = simulationResultsFixture({ horizonWeeks: 26 });
    const option = buildCompareOption({ runs: [{ name: 'Long', results: simulationResultsFixture() }, { name: 'Short', results: short }], metric: 'liability' }, TEST_CHART_THEME, format);
    expect((option.xAxis as { data: string[] }).data).toHaveLength(52);
  });
});

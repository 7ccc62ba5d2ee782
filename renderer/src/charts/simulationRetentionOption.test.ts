import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/formatters';
import { simulationResultsFixture } from './simulationFixtures';
import { buildRetentionOption, RETENTION_NAMES } from './simulationRetentionOption';
import { TEST_CHART_THEME } from './testFixtures';

const format = createFormatters('en-US', 'EUR');
type Series = { name: string; id?: string; data: number[]; areaStyle?: { opacity: number }; stack?: string };
const seriesOf = (option: ReturnType<typeof buildRetentionOption>) => (Array.isArray(option.series) ? option.series : []) as Series[];

describe('buildRetentionOption', () => {
  const results = simulationResultsFixture();

  it('draws all customers with and without the plan, each over its shaded P10–P90 band', () => {
    const series = seriesOf(buildRetentionOption({ results, segment: null }, TEST_CHART_THEME, format));
    const plan = series.find((s) => s.name === RETENTION_NAMES.plan)!;
    const cf = series.find((s) => s.name === RETENTION_NAMES.counterfactual)!;
    const week = 30;
    // Each line is its band's median, not the base case.
    expect(plan.data).toEqual(results.bands.alivePlan.p50);
    expect(cf.data).toEqual(results.bands.aliveCounterfactual.p50);
    expect(plan.data[week]).not.toBeCloseTo(results.segments[0]!.plan.alive[week]! + results.segments[1]!.plan.alive[week]!);
    // The plan keeps more customers in every week.
    expect(plan.data.every((v, w) => v > cf.data[w]!)).toBe(true);
    const width = series.find((s) => s.id === 'alive-plan-width')!;
    const low = series.find((s) => s.id === 'alive-plan-low')!;
    expect(low.data[week]).toBeCloseTo(results.bands.alivePlan.p10[week]!);
    expect(low.data[week]! + width.data[week]!).toBeCloseTo(results.bands.alivePlan.p90[week]!);
    expect(width.areaStyle?.opacity).toBeGreaterThan(0);
    expect(width.stack).toBe(low.stack);
  });

  it('keeps the band edges out of the legend', () => {
    const option = buildRetentionOption({ results, segment: null }, TEST_CHART_THEME, format);
    const names = (option.legend as { data: (string | { name: string })[] }).data.map((d) => (typeof d === 'string' ? d : d.name));
    expect(names).toEqual([RETENTION_NAMES.plan, RETENTION_NAMES.counterfactual, RETENTION_NAMES.band]);
  });

  it('shows one segment without bands, the bands being of totals', () => {
    const series = seriesOf(buildRetentionOption({ results, segment: 'Occasional' }, TEST_CHART_THEME, format));
    expect(series.map((s) => s.name)).toEqual([RETENTION_NAMES.counterfactual, RETENTION_NAMES.plan]);
    expect(series[1]!.data[0]).toBeCloseTo(results.segments[1]!.plan.alive[0]!);
  });

  it('shades nothing after a single draw', () => {
    const single = simulationResultsFixture({ draws: 1 });
    const series = seriesOf(buildRetentionOption({ results: single, segment: null }, TEST_CHART_THEME, format));
    expect(series.some((s) => s.areaStyle)).toBe(false);
    // Without a band the line is the base case.
    const plan = series.find((s) => s.name === RETENTION_NAMES.plan)!;
    expect(plan.data[30]).toBeCloseTo(single.segments[0]!.plan.alive[30]! + single.segments[1]!.plan.alive[30]!);
  });

  it('does not start the axis at zero, so the gap between the worlds is visible', () => {
    const option = buildRetentionOption({ results, segment: null }, TEST_CHART_THEME, format);
    expect(option.yAxis).toMatchObject({ scale: true, name: 'Customers alive' });
  });
});

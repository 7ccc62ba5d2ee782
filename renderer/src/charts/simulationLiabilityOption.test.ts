import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/formatters';
import { simulationResultsFixture } from './simulationFixtures';
import { buildLiabilityOption, LIABILITY_NAMES } from './simulationLiabilityOption';
import { TEST_CHART_THEME } from './testFixtures';

const format = createFormatters('en-US', 'EUR');
type Series = { name: string; id?: string; data: number[]; areaStyle?: unknown };

describe('buildLiabilityOption', () => {
  const results = simulationResultsFixture();
  const option = buildLiabilityOption(results, TEST_CHART_THEME, format);
  const series = (Array.isArray(option.series) ? option.series : []) as Series[];

  it('draws the liability at cost and the IFRS 15 deferred revenue balance week by week', () => {
    expect(series.find((s) => s.name === LIABILITY_NAMES.atCost)!.data).toEqual(results.accounting.liabilityAtCost);
    expect(series.find((s) => s.name === LIABILITY_NAMES.deferred)!.data).toEqual(results.accounting.deferredRevenueBalance);
  });

  it('shades the P10–P90 band of the liability at cost', () => {
    const low = series.find((s) => s.id === 'liability-low')!;
    const width = series.find((s) => s.id === 'liability-width')!;
    expect(low.data[51]! + width.data[51]!).toBeCloseTo(results.bands.liabilityAtCost.p90[51]!);
    expect(width.areaStyle).toBeTruthy();
    expect((option.legend as { data: { name?: string; icon?: string }[] }).data).toContainEqual(expect.objectContaining({ name: LIABILITY_NAMES.band, icon: 'rect' }));
  });

  it('names the axis in the plan currency', () => {
    expect(option.yAxis).toMatchObject({ name: 'Balance (EUR)' });
  });
});

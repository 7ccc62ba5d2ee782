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

  it('draws the liability at cost (its band’s median) and the IFRS 15 deferred revenue balance (base case) week by week', () => {
    const liability = series.find((s) => s.name === LIABILITY_NAMES.atCostMedian)!;
    expect(liability.data).toEqual(results.bands.liabilityAtCost.p50);
    // The line runs inside its own shading every week.
    liability.data.forEach((v, w) => {
      expect(v).toBeGreaterThanOrEqual(results.bands.liabilityAtCost.p10[w]!);
      expect(v).toBeLessThanOrEqual(results.bands.liabilityAtCost.p90[w]!);
    });
    expect(series.find((s) => s.name === LIABILITY_NAMES.deferred)!.data).toEqual(results.accounting.deferredRevenueBalance);
  });

  it('draws the base-case liability, under its plain name, after one draw', () => {
    const single = simulationResultsFixture({ draws: 1 });
    const lines = (buildLiabilityOption(single, TEST_CHART_THEME, format).series as Series[]).filter((s) => !s.id);
    expect(lines.find((s) => s.name === LIABILITY_NAMES.atCost)!.data).toEqual(single.accounting.liabilityAtCost);
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

import { describe, expect, it } from 'vitest';
import type { KpiBand, KpiKey } from '../simulation/results';
import { bestIndices, compareResults } from './compareScenarios';

const band = (key: KpiKey, headline: number | null): KpiBand => ({ key, unit: key === 'roi' ? 'ratio' : 'currency', headline, base: headline, p10: headline, p50: headline, p90: headline, mcStandardError: null, drawsWithValue: headline === null ? 0 : 5 });

describe('the scenario comparison as data', () => {
  it('marks the best by the KPI’s direction, ties included, and no mark that cannot lose', () => {
    expect(bestIndices([1, 3, 3], 'higher')).toEqual([1, 2]);
    expect(bestIndices([1, 3, null], 'lower')).toEqual([0]);
    expect(bestIndices([2, 2], 'higher')).toEqual([]);
    expect(bestIndices([2, null], 'higher')).toEqual([]);
    expect(bestIndices([1, 2], null)).toEqual([]);
  });

  it('gives each scenario’s band and its difference to the first', () => {
    const rows = compareResults(
      [{ kpis: [band('incrementalRevenue', 100), band('roi', -0.5)] }, { kpis: [band('incrementalRevenue', 250), band('roi', null)] }],
      [
        { key: 'incrementalRevenue', better: 'higher' },
        { key: 'roi', better: 'higher' },
        { key: 'breakage', better: null },
      ],
    );
    expect(rows.map((r) => [r.key, r.unit, r.cells.map((c) => [c.band?.headline ?? null, c.difference, c.best])])).toEqual([
      ['incrementalRevenue', 'currency', [[100, null, false], [250, 150, true]]],
      ['roi', 'ratio', [[-0.5, null, false], [null, null, false]]],
      ['breakage', 'currency', [[null, null, false], [null, null, false]]],
    ]);
  });
});

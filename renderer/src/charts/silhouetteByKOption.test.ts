import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/formatters';
import { buildSilhouetteByKOption , type SilhouetteByKLabels } from './silhouetteByKOption';

const labels: SilhouetteByKLabels = {
  silhouette: 'Silhouette',
  kSegments: (k) => `${k} segments`,
  kChosen: (k) => `${k} segments (chosen)`,
  kAxis: 'Number of segments (k)',
};
import { TEST_CHART_THEME } from './testFixtures';

const format = createFormatters('en-US', 'EUR');

describe('buildSilhouetteByKOption', () => {
  const option = buildSilhouetteByKOption({ candidates: [{ k: 4, silhouette: 0.3 }, { k: 2, silhouette: 0.45 }, { k: 3, silhouette: 0.38 }], chosen: 2 }, TEST_CHART_THEME, format, labels);
  const series = Array.isArray(option.series) ? option.series : [];
  const data = (series[0] as { data: { value: number; itemStyle: { color: string } }[] }).data;

  it('orders the candidates by k', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['2', '3', '4']);
    expect(data.map((d) => d.value)).toEqual([0.45, 0.38, 0.3]);
  });

  it('highlights the chosen k', () => {
    expect(data[0]!.itemStyle.color).toBe(TEST_CHART_THEME.primary);
    expect(data[1]!.itemStyle.color).toBe(TEST_CHART_THEME.primaryMuted);
  });
});

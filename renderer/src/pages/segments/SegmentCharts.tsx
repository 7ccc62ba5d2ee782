import { SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import type { SegmentationResult } from '../../../../shared/domain/segmentation';
import type { ChartTheme } from '../../charts/chartTheme';
import { EChart } from '../../charts/EChart';
import { buildSegmentScatterOption } from '../../charts/segmentScatterOption';
import { buildSilhouetteByKOption } from '../../charts/silhouetteByKOption';
import type { Formatters } from '../../format/formatters';
import { ChartCard } from '../data/ChartCard';
import { ruleClause } from './qualityWords';

interface SegmentChartsProps {
  result: SegmentationResult;
  theme: ChartTheme;
  format: Formatters;
}

/** The customers by value and recency, coloured by segment; beside it, for a suggested k, the silhouettes tried. */
export function SegmentCharts({ result, theme, format }: SegmentChartsProps) {
  const scatter = useMemo(() => buildSegmentScatterOption(result, theme, format), [result, theme, format]);
  const suggestion = result.suggestion;
  const silhouettes = useMemo(
    () => (suggestion ? buildSilhouetteByKOption({ candidates: suggestion.candidates, chosen: result.k }, theme, format) : null),
    [suggestion, result.k, theme, format],
  );
  const scatterCard = (
    <ChartCard
      title="Customers by value and recency"
      subtitle={`A sample of ${format.count(result.points.length)} customers; value on a log scale, those worth under ${format.currency(1)} drawn on the bottom line.`}
    >
      <EChart option={scatter} height={420} testId="chart-segment-scatter" ariaLabel="Lifetime value against days since last purchase, coloured by segment" />
    </ChartCard>
  );
  if (!silhouettes || !suggestion) return scatterCard;
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
      <div style={{ gridColumn: 'span 2' }}>{scatterCard}</div>
      <ChartCard title="Silhouette by number of segments" subtitle={`k = ${result.k} was chosen: ${ruleClause(suggestion.rule)}.`}>
        <EChart option={silhouettes} height={420} testId="chart-silhouette-k" ariaLabel="Silhouette for each number of segments tried" />
      </ChartCard>
    </SimpleGrid>
  );
}

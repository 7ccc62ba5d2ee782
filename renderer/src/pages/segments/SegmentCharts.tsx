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
import { useTranslation } from 'react-i18next';

interface SegmentChartsProps {
  result: SegmentationResult;
  theme: ChartTheme;
  format: Formatters;
}

/** The customers by value and recency, coloured by segment; beside it, for a suggested k, the silhouettes tried. */
export function SegmentCharts({ result, theme, format }: SegmentChartsProps) {
  const { t } = useTranslation('segments');
  const scatter = useMemo(
    () =>
      buildSegmentScatterOption(result, theme, format, {
        lifetimeValue: t('charts.lifetimeValue'),
        daysSinceLastPurchase: t('charts.daysSinceLastPurchase'),
        purchases: t('charts.purchases'),
        valueAxis: t('charts.valueAxis'),
        segmentN: (n) => t('segmentN', { n }),
      }),
    [result, theme, format, t],
  );
  const suggestion = result.suggestion;
  const silhouettes = useMemo(
    () =>
      suggestion
        ? buildSilhouetteByKOption({ candidates: suggestion.candidates, chosen: result.k }, theme, format, {
            silhouette: t('charts.silhouette'),
            kSegments: (k) => t('charts.kSegments', { k }),
            kChosen: (k) => t('charts.kChosen', { k }),
            kAxis: t('charts.kAxis'),
          })
        : null,
    [suggestion, result.k, theme, format, t],
  );
  const scatterCard = (
    <ChartCard
      title={t('charts.scatterTitle')}
      subtitle={t('charts.scatterSubtitle', { count: format.count(result.points.length), floor: format.currency(1) })}
    >
      <EChart option={scatter} height={420} testId="chart-segment-scatter" ariaLabel={t('charts.scatterAria')} />
    </ChartCard>
  );
  if (!silhouettes || !suggestion) return scatterCard;
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
      <div style={{ gridColumn: 'span 2' }}>{scatterCard}</div>
      <ChartCard title={t('charts.silhouetteTitle')} subtitle={t('charts.silhouetteSubtitle', { k: result.k, rule: ruleClause(suggestion.rule) })}>
        <EChart option={silhouettes} height={420} testId="chart-silhouette-k" ariaLabel={t('charts.silhouetteAria')} />
      </ChartCard>
    </SimpleGrid>
  );
}

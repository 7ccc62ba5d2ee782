import { Group, Paper, SegmentedControl, Select, SimpleGrid, Text } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulationResults } from '../../../../shared/simulation/results';
import type { ChartTheme } from '../../charts/chartTheme';
import { EChart } from '../../charts/EChart';
import { buildCostStackOption } from '../../charts/simulationCostStackOption';
import { buildLiabilityOption } from '../../charts/simulationLiabilityOption';
import { buildPointsFlowsOption } from '../../charts/simulationPointsFlowsOption';
import { buildRetentionOption } from '../../charts/simulationRetentionOption';
import { defaultPeriod, periodsFor, type Period } from '../../charts/simulationSeries';
import type { Formatters } from '../../format/formatters';
import { simulationChartLabels } from './simulationText';

const CHART_HEIGHT = 340;
const ALL = '__all__';

/** A chart's card: title and what is drawn on the left, the chart's own control on the right. */
function SimulationChartCard({ title, subtitle, control, children }: { title: string; subtitle: string; control?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" h="100%">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md" mb="md">
        {/* Two lines of subtitle at most, always reserved, so the charts side by side start level. */}
        <div style={{ minWidth: 0, minHeight: 58 }}>
          <Text fw={600} size="sm">
            {title}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2} title={subtitle}>
            {subtitle}
          </Text>
        </div>
        {control && <div style={{ flexShrink: 0 }}>{control}</div>}
      </Group>
      {children}
    </Paper>
  );
}

function PeriodControl({ horizonWeeks, value, onChange, label }: { horizonWeeks: number; value: Period; onChange: (p: Period) => void; label: string }) {
  const { t } = useTranslation('simulation');
  const periods = periodsFor(horizonWeeks);
  if (periods.length < 2) return null;
  return (
    <SegmentedControl
      size="xs"
      aria-label={label}
      value={value}
      onChange={(v) => onChange(v as Period)}
      data={periods.map((p) => ({ value: p, label: t(`charts.periods.${p}`) }))}
    />
  );
}

/** The four charts of the dashboard, two by two so their axes line up. */
export function SimulationCharts({ results, theme, format }: { results: SimulationResults; theme: ChartTheme; format: Formatters }) {
  const { t } = useTranslation('simulation');
  const labels = useMemo(() => simulationChartLabels(t), [t]);
  const [segment, setSegment] = useState<string>(ALL);
  // Costs are lumpy week to week (launch, contact waves): by default they read by quarter once the horizon holds two.
  const [costPeriod, setCostPeriod] = useState<Period>(() => (results.horizonWeeks >= 26 && results.horizonWeeks <= 260 ? 'quarter' : defaultPeriod(results.horizonWeeks)));
  const [pointsPeriod, setPointsPeriod] = useState<Period>(() => defaultPeriod(results.horizonWeeks));
  // A segment of an older run may be gone from this one; fall back to all customers.
  const shownSegment = segment !== ALL && results.segments.some((s) => s.segment === segment) ? segment : null;
  // A period chosen for an older, longer run may not fit this one.
  const offered = periodsFor(results.horizonWeeks);
  const costShown = offered.includes(costPeriod) ? costPeriod : 'week';
  const pointsShown = offered.includes(pointsPeriod) ? pointsPeriod : 'week';

  const retention = useMemo(() => buildRetentionOption({ results, segment: shownSegment }, theme, format, labels), [results, shownSegment, theme, format, labels]);
  const costs = useMemo(() => buildCostStackOption({ results, period: costShown }, theme, format, labels), [results, costShown, theme, format, labels]);
  const liability = useMemo(() => buildLiabilityOption(results, theme, format, labels), [results, theme, format, labels]);
  const points = useMemo(() => buildPointsFlowsOption({ results, period: pointsShown }, theme, format, labels), [results, pointsShown, theme, format, labels]);
  const banded = results.draws > 1;

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <SimulationChartCard
        title={t('charts.retentionTitle')}
        subtitle={
          shownSegment
            ? t('charts.retentionSegment', { segment: shownSegment })
            : banded
              ? t('charts.retentionAllBanded', { draws: format.count(results.draws) })
              : t('charts.retentionAll')
        }
        control={
          <Select
            size="xs"
            w={190}
            aria-label={t('charts.segmentShown')}
            allowDeselect={false}
            value={shownSegment ?? ALL}
            onChange={(v) => setSegment(v ?? ALL)}
            data={[{ value: ALL, label: t('charts.allCustomers') }, ...results.segments.map((s) => ({ value: s.segment, label: s.segment }))]}
            data-testid="retention-segment"
          />
        }
      >
        <EChart option={retention} height={CHART_HEIGHT} testId="chart-retention" ariaLabel={t('charts.retentionAria')} />
      </SimulationChartCard>
      <SimulationChartCard
        title={t('charts.costTitle')}
        subtitle={banded && costShown === 'week' ? t('charts.costSubtitleBanded', { currency: results.currency }) : t('charts.costSubtitle', { currency: results.currency })}
        control={<PeriodControl horizonWeeks={results.horizonWeeks} value={costShown} onChange={setCostPeriod} label={t('charts.costPeriod')} />}
      >
        <EChart option={costs} height={CHART_HEIGHT} testId="chart-cost-stack" ariaLabel={t('charts.costAria')} />
      </SimulationChartCard>
      <SimulationChartCard
        title={t('charts.liabilityTitle')}
        subtitle={banded ? t('charts.liabilitySubtitleBanded') : t('charts.liabilitySubtitle')}
      >
        <EChart option={liability} height={CHART_HEIGHT} testId="chart-liability" ariaLabel={t('charts.liabilityAria')} />
      </SimulationChartCard>
      <SimulationChartCard
        title={t('charts.pointsTitle')}
        subtitle={t('charts.pointsSubtitle')}
        control={<PeriodControl horizonWeeks={results.horizonWeeks} value={pointsShown} onChange={setPointsPeriod} label={t('charts.pointsPeriod')} />}
      >
        <EChart option={points} height={CHART_HEIGHT} testId="chart-points-flows" ariaLabel={t('charts.pointsAria')} />
      </SimulationChartCard>
    </SimpleGrid>
  );
}

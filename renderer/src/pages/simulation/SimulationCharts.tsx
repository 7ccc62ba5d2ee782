import { Group, Paper, SegmentedControl, Select, SimpleGrid, Text } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import type { SimulationResults } from '../../../../shared/simulation/results';
import type { ChartTheme } from '../../charts/chartTheme';
import { EChart } from '../../charts/EChart';
import { buildCostStackOption } from '../../charts/simulationCostStackOption';
import { buildLiabilityOption } from '../../charts/simulationLiabilityOption';
import { buildPointsFlowsOption } from '../../charts/simulationPointsFlowsOption';
import { buildRetentionOption } from '../../charts/simulationRetentionOption';
import { defaultPeriod, periodsFor, type Period } from '../../charts/simulationSeries';
import type { Formatters } from '../../format/formatters';

const CHART_HEIGHT = 340;
const PERIOD_NAMES: Record<Period, string> = { week: 'Weeks', quarter: 'Quarters', year: 'Years' };
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
  const periods = periodsFor(horizonWeeks);
  if (periods.length < 2) return null;
  return (
    <SegmentedControl
      size="xs"
      aria-label={label}
      value={value}
      onChange={(v) => onChange(v as Period)}
      data={periods.map((p) => ({ value: p, label: PERIOD_NAMES[p] }))}
    />
  );
}

/** The four charts of the dashboard, two by two so their axes line up. */
export function SimulationCharts({ results, theme, format }: { results: SimulationResults; theme: ChartTheme; format: Formatters }) {
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

  const retention = useMemo(() => buildRetentionOption({ results, segment: shownSegment }, theme, format), [results, shownSegment, theme, format]);
  const costs = useMemo(() => buildCostStackOption({ results, period: costShown }, theme, format), [results, costShown, theme, format]);
  const liability = useMemo(() => buildLiabilityOption(results, theme, format), [results, theme, format]);
  const points = useMemo(() => buildPointsFlowsOption({ results, period: pointsShown }, theme, format), [results, pointsShown, theme, format]);
  const banded = results.draws > 1;

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <SimulationChartCard
        title="Retention: customers alive"
        subtitle={
          shownSegment
            ? `${shownSegment}, base case. The gap between the lines is the customers the plan keeps.`
            : `All customers, base case${banded ? `, P10–P90 over ${format.count(results.draws)} draws shaded` : ''}. The gap is the customers the plan keeps.`
        }
        control={
          <Select
            size="xs"
            w={190}
            aria-label="Segment shown"
            allowDeselect={false}
            value={shownSegment ?? ALL}
            onChange={(v) => setSegment(v ?? ALL)}
            data={[{ value: ALL, label: 'All customers' }, ...results.segments.map((s) => ({ value: s.segment, label: s.segment }))]}
            data-testid="retention-segment"
          />
        }
      >
        <EChart option={retention} height={CHART_HEIGHT} testId="chart-retention" ariaLabel="Customers alive by week with the plan and without it" />
      </SimulationChartCard>
      <SimulationChartCard
        title="Programme cost by kind"
        subtitle={`Costs as they are paid, all segments, base case, in ${results.currency}${banded && costShown === 'week' ? '; the total’s P10–P90 shaded' : ''}. The KPI adds the liability left at the end.`}
        control={<PeriodControl horizonWeeks={results.horizonWeeks} value={costShown} onChange={setCostPeriod} label="Cost period" />}
      >
        <EChart option={costs} height={CHART_HEIGHT} testId="chart-cost-stack" ariaLabel="Programme cost by period, stacked by kind of cost" />
      </SimulationChartCard>
      <SimulationChartCard
        title="Points liability"
        subtitle={`At each week’s end: what honouring the outstanding points would cost, and the IFRS 15 deferred revenue balance${banded ? '; P10–P90 of the liability shaded' : ''}.`}
      >
        <EChart option={liability} height={CHART_HEIGHT} testId="chart-liability" ariaLabel="Liability at cost and deferred revenue by week" />
      </SimulationChartCard>
      <SimulationChartCard
        title="Points flows"
        subtitle="Issued by source above zero, redeemed and expired below; the line is the balance outstanding (right axis)."
        control={<PeriodControl horizonWeeks={results.horizonWeeks} value={pointsShown} onChange={setPointsPeriod} label="Points period" />}
      >
        <EChart option={points} height={CHART_HEIGHT} testId="chart-points-flows" ariaLabel="Points issued by source, redeemed, expired and outstanding" />
      </SimulationChartCard>
    </SimpleGrid>
  );
}

import { Badge, Button, Group, Paper, ScrollArea, SegmentedControl, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconFileTypeCsv, IconStarFilled } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResults } from '../../../../shared/domain/scenarios';
import type { ChartTheme } from '../../charts/chartTheme';
import { EChart } from '../../charts/EChart';
import { buildCompareOption, scenarioColour, type CompareMetric } from '../../charts/scenarioCompareOption';
import type { Formatters } from '../../format/formatters';
import { ChartCard } from '../reports/ChartCard';
import { compareTableCsv, type CsvWords } from '../reports/csv';
import { safeFileName, saveCsv } from '../reports/download';
import { discountRateText, kpiBandText, kpiBaseCaseText, kpiValueText } from '../simulation/kpiFormat';
import { compareRows, differenceTone, formatDifference, type CompareCell, type CompareRow } from './compareKpis';
import { useSimulationT } from './useSimulationT';
import { splitStale } from './staleness';
import { StaleComparisonNotice, type StaleActions } from './StaleComparisonNotice';
import { compareChartLabels, type CompareKpiKey } from './scenariosText';

const HEADLINE = new Set(['members', 'incrementalRevenue', 'programmeCost', 'freeRewardRateTotal', 'netIncrementalProfit', 'roi', 'npvAccrued', 'paybackWeeksCash', 'paybackWeeksAccrued', 'liabilityAtCostEnd', 'retainedCustomers', 'costPerRetainedCustomer']);
const CHART_HEIGHT = 320;
/** A faint tint behind the best figure: the star says it, the tint lets the eye find it down a column. */
const BEST_TINT = 'color-mix(in srgb, var(--mantine-color-yellow-5) 10%, transparent)';

function CompareValue({ cell, row, scenario, format }: { cell: CompareCell; row: CompareRow; scenario: ScenarioResults; format: Formatters }) {
  const { t } = useTranslation('scenarios');
  const simulationT = useSimulationT();
  const results = scenario.run?.results;
  if (!cell.band || !results) return <Text size="sm" c="dimmed">—</Text>;
  const value = kpiValueText(cell.band, results, format, simulationT);
  const band = kpiBandText(cell.band, results.draws, format, simulationT);
  const baseCase = kpiBaseCaseText(cell.band, results.draws, format, simulationT);
  // NPV depends on the rate it is discounted at, which each scenario's plan sets.
  const discounted = row.spec.key === 'npvCash' || row.spec.key === 'npvAccrued' ? t('compare.discountedAt', { rate: discountRateText(results, format) }) : null;
  return (
    <div>
      <Group gap={6} wrap="nowrap" justify="flex-end">
        {cell.best && (
          <Tooltip label={t('compare.best')} withArrow>
            <IconStarFilled size={13} color="var(--mantine-color-yellow-6)" aria-label={t('compare.best')} data-testid="compare-best" />
          </Tooltip>
        )}
        <Tooltip label={baseCase} disabled={baseCase === null} withArrow multiline w={280}>
          <Text size="sm" fw={cell.best ? 700 : 550} style={{ whiteSpace: 'nowrap' }} data-testid="compare-value">
            {value}
          </Text>
        </Tooltip>
      </Group>
      {band && (
        <Text size="xs" c="dimmed" ta="right" style={{ whiteSpace: 'nowrap' }}>
          {band.replace('P10–P90 ', '')}
        </Text>
      )}
      {discounted && (
        <Text size="xs" c="dimmed" ta="right" style={{ whiteSpace: 'nowrap' }}>
          {discounted}
        </Text>
      )}
    </div>
  );
}

function DifferenceCell({ cell, row, format }: { cell: CompareCell; row: CompareRow; format: Formatters }) {
  const { t } = useTranslation('scenarios');
  const tone = differenceTone(cell.difference, row.spec.better);
  const colour = tone === 'better' ? 'teal' : tone === 'worse' ? 'red' : 'dimmed';
  return (
    <Text size="xs" c={colour} fw={500} ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="compare-difference">
      {formatDifference(cell.difference, row.unit, format, t('compare.points'))}
    </Text>
  );
}

/** The comparison: a KPI table with differences and best marks, then the three overlaid charts. */
export function ComparePanel({ scenarios: ticked, theme, formats: tickedFormats, staleActions }: { scenarios: readonly ScenarioResults[]; theme: ChartTheme; formats: readonly Formatters[]; staleActions?: StaleActions }) {
  // Stale runs are held back and named (StaleComparisonNotice); the rest is compared as ticked.
  const { compared: scenarios, stale: heldBack } = useMemo(() => splitStale(ticked), [ticked]);
  const formats = useMemo(() => scenarios.map((s) => tickedFormats[ticked.indexOf(s)]!), [scenarios, ticked, tickedFormats]);
  const { t } = useTranslation('scenarios');
  const simulationT = useSimulationT();
  const chartWords = useMemo(() => compareChartLabels(t, simulationT), [t, simulationT]);
  const reportsT = useTranslation('reports').t;
  const csvWords: CsvWords = {
    kpi: reportsT('csv.kpi'),
    unit: reportsT('csv.unit'),
    median: (name) => reportsT('csv.median', { name }),
    base: (name) => reportsT('csv.base', { name }),
    p10: (name) => `${name} P10`,
    p90: (name) => `${name} P90`,
    versus: (name, baseline) => reportsT('csv.versus', { name, baseline }),
    baseline: reportsT('csv.baseline'),
    best: reportsT('csv.best'),
    units: { currency: reportsT('csv.units.currency'), share: reportsT('csv.units.share'), ratio: reportsT('csv.units.ratio'), customers: reportsT('csv.units.customers'), weeks: reportsT('csv.units.weeks') },
    kpiName: (row) => t(`kpis.${row.spec.key as CompareKpiKey}`),
  };
  const [view, setView] = useState<'headline' | 'all'>('headline');
  const rows = useMemo(() => compareRows(scenarios), [scenarios]);
  const shownRows = view === 'all' ? rows : rows.filter((r) => HEADLINE.has(r.spec.key));
  const runs = useMemo(() => scenarios.flatMap((s) => (s.run ? [{ name: s.scenario.name, results: s.run.results }] : [])), [scenarios]);
  const chartFormat = formats[scenarios.findIndex((s) => s.run)] ?? formats[0]!;
  const options = useMemo(
    () => Object.fromEntries((['cost', 'liability', 'retention'] as const).map((m) => [m, buildCompareOption({ runs, metric: m }, theme, chartFormat, chartWords)])) as Record<CompareMetric, ReturnType<typeof buildCompareOption>>,
    [runs, theme, chartFormat, chartWords],
  );
  const banded = runs.some((r) => r.results.draws > 1);

  const chart = (metric: CompareMetric) => (
    <ChartCard title={t(`compare.charts.${metric}.title`)} subtitle={t(`compare.charts.${metric}.subtitle`) + (banded ? t('compare.bands') : '')} fileName={t(`compare.charts.${metric}.title`)}>
      <EChart option={options[metric]} height={CHART_HEIGHT} testId={`chart-compare-${metric}`} ariaLabel={t('compare.chartAria', { title: t(`compare.charts.${metric}.title`) })} />
    </ChartCard>
  );

  if (scenarios.length === 0) {
    return (
      <Stack gap="md" data-testid="scenario-compare">
        <StaleComparisonNotice stale={heldBack} nothingLeft actions={staleActions} />
      </Stack>
    );
  }

  return (
    <Stack gap="md" data-testid="scenario-compare">
      {heldBack.length > 0 && <StaleComparisonNotice stale={heldBack} nothingLeft={false} actions={staleActions} />}
      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
          <div>
            <Text fw={600} size="sm">
              {t('compare.title')}
            </Text>
            <Text size="xs" c="dimmed">
              {scenarios.length > 1 ? t('compare.basisBaseline') : t('compare.basis')}
            </Text>
          </div>
          <Group gap="xs" wrap="nowrap">
            <SegmentedControl size="xs" value={view} onChange={(v) => setView(v as 'headline' | 'all')} data={[{ value: 'headline', label: t('compare.views.headline') }, { value: 'all', label: t('compare.views.all') }]} />
            <Button size="compact-sm" variant="default" leftSection={<IconFileTypeCsv size={15} />} title={t('compare.csvTitle')} onClick={() => saveCsv(compareTableCsv(scenarios, rows, csvWords), safeFileName(t('compare.fileName'), 'csv'))} data-testid="compare-csv">
              {t('compare.csv')}
            </Button>
          </Group>
        </Group>
        <ScrollArea type="auto">
          <Table verticalSpacing={7} fz="sm" className="lw-figures" highlightOnHover data-testid="scenario-compare-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('compare.kpi')}</Table.Th>
                {scenarios.map((s, i) => [
                  <Table.Th key={`v${s.scenario.scenarioId}`} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      <span style={{ width: 10, height: 10, borderRadius: 2, background: scenarioColour(theme, runs.findIndex((r) => r.name === s.scenario.name)), display: 'inline-block' }} />
                      <span>{s.scenario.name}</span>
                      {i === 0 && scenarios.length > 1 && (
                        <Badge size="xs" variant="outline" color="gray">
                          {t('compare.baseline')}
                        </Badge>
                      )}
                    </Group>
                    {!s.run && (
                      <Text size="xs" c="dimmed" fw={400}>
                        {t('compare.notRun')}
                      </Text>
                    )}
                  </Table.Th>,
                  ...(i > 0
                    ? [
                        <Table.Th key={`d${s.scenario.scenarioId}`} ta="right" style={{ whiteSpace: 'nowrap' }}>
                          <Text size="xs" c="dimmed" fw={500}>
                            {t('compare.versus')}
                          </Text>
                        </Table.Th>,
                      ]
                    : []),
                ])}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shownRows.map((row) => (
                <Table.Tr key={row.spec.key} data-testid="compare-row" data-kpi={row.spec.key}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`kpis.${row.spec.key as CompareKpiKey}`)}</Table.Td>
                  {row.cells.map((cell, i) => {
                    const scenario = scenarios[i]!;
                    const format = formats[i] ?? chartFormat;
                    return [
                      <Table.Td key={`v${i}`} ta="right" data-best={cell.best ? 'true' : 'false'} style={cell.best ? { background: BEST_TINT } : undefined}>
                        <CompareValue cell={cell} row={row} scenario={scenario} format={format} />
                      </Table.Td>,
                      ...(i > 0
                        ? [
                            <Table.Td key={`d${i}`} ta="right" w={110}>
                              <DifferenceCell cell={cell} row={row} format={format} />
                            </Table.Td>,
                          ]
                        : []),
                    ];
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
        {scenarios.length > 1 && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('compare.diffNote')}
          </Text>
        )}
      </Paper>
      {runs.length > 0 && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {chart('cost')}
          {chart('liability')}
        </SimpleGrid>
      )}
      {runs.length > 0 && chart('retention')}
    </Stack>
  );
}

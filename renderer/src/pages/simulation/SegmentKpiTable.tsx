import { Paper, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiUnit, SimulationResults } from '../../../../shared/simulation/results';
import type { Formatters } from '../../format/formatters';
import { formatKpiValue, kpiByKey, type HeadlineKpiKey } from './kpiFormat';

/** The columns, in the order a strategist compares segments: reach, value, cost, efficiency, retention, return. */
// Named as their KPI cards are (`kpis.<key>.label`).
const COLUMNS: readonly { key: HeadlineKpiKey; unit: KpiUnit }[] = [
  { key: 'members', unit: 'customers' },
  { key: 'incrementalRevenue', unit: 'currency' },
  { key: 'programmeCost', unit: 'currency' },
  { key: 'freeRewardRateTotal', unit: 'share' },
  { key: 'retainedCustomers', unit: 'customers' },
  { key: 'roi', unit: 'ratio' },
];

/** KPIs per segment (medians over the draws, as the cards), with all customers as the last row; a dash where a figure does not apply. */
export function SegmentKpiTable({ results, format }: { results: SimulationResults; format: Formatters }) {
  const { t } = useTranslation('simulation');
  const totals = kpiByKey(results);
  const customersOf = new Map(results.segments.map((s) => [s.segment, s.customers * s.weight]));
  // Each column keeps one precision for its rows, so the figures line up on the decimal point.
  const cell = (unit: KpiUnit, value: number | null | undefined) => formatKpiValue(value, unit, format, unit === 'share' ? 0 : 1000, t);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="segment-kpis">
      <Text fw={600} size="sm">
        {t('segments.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {t('segments.about', {
          weeks: format.count(results.horizonWeeks),
          basis: results.draws > 1 ? t('segments.basisMedian', { draws: format.count(results.draws) }) : t('segments.basisBase'),
        })}
      </Text>
      <ScrollArea type="auto">
        <Table verticalSpacing={8} fz="sm" className="lw-figures" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('segments.segment')}</Table.Th>
              <Table.Th ta="right">{t('segments.customers')}</Table.Th>
              {COLUMNS.map((c) => (
                <Table.Th key={c.key} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t(`kpis.${c.key}.label`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.kpisBySegment.map((row) => (
              <Table.Tr key={row.segment} data-testid="segment-kpi-row">
                <Table.Td>{row.segment}</Table.Td>
                <Table.Td ta="right">{formatKpiValue(customersOf.get(row.segment), 'customers', format, undefined, t)}</Table.Td>
                {COLUMNS.map((c) => (
                  <Table.Td key={c.key} ta="right" style={{ whiteSpace: 'nowrap' }} c={c.key === 'roi' && (row.values[c.key] ?? 0) < 0 ? 'red' : undefined}>
                    {cell(c.unit, row.values[c.key])}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {/* With one segment the total would repeat its row. */}
            {results.kpisBySegment.length > 1 && (
              <Table.Tr fw={600} style={{ background: 'var(--lw-group-row-bg)' }}>
                <Table.Td>{t('segments.allCustomers')}</Table.Td>
                <Table.Td ta="right">{format.count(results.baseCustomers)}</Table.Td>
                {COLUMNS.map((c) => (
                  <Table.Td key={c.key} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {cell(c.unit, totals.get(c.key)?.headline)}
                  </Table.Td>
                ))}
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}

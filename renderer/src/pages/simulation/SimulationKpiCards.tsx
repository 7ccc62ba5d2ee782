import { Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SimulationResults } from '../../../../shared/simulation/results';
import type { Formatters } from '../../format/formatters';
import { HEADLINE_KPIS, kpiBandText, kpiBaseText, kpiByKey, kpiDetail, kpiTone, paybackText, type KpiCardSpec } from './kpiFormat';

function KpiCard({ spec, results, format }: { spec: KpiCardSpec; results: SimulationResults; format: Formatters }) {
  const { t } = useTranslation('simulation');
  const band = kpiByKey(results).get(spec.key);
  const value = !band ? '—' : spec.key === 'paybackWeeks' ? paybackText(band, results.horizonWeeks, format, t) : kpiBaseText(band, format, t);
  const range = band ? kpiBandText(band, results.draws, format, t) : null;
  const detail = kpiDetail(spec.key, results, format, t);
  const label = t(`kpis.${spec.key}.label`);
  const negative = kpiTone(spec, band) === 'negative';
  return (
    <Paper withBorder radius="md" p="md" data-testid="kpi-card" data-kpi={spec.key}>
      <Tooltip label={t(`kpis.${spec.key}.meaning`)} multiline w={260} withArrow openDelay={300}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em', cursor: 'help' }} truncate title={label}>
          {label}
        </Text>
      </Tooltip>
      <Text fz={24} fw={650} lh={1.25} mt={6} className="lw-figures" c={negative ? 'red' : undefined} style={{ whiteSpace: 'nowrap' }} data-testid="kpi-value">
        {value}
      </Text>
      {/* With one draw there is no spread, for any card: the line goes from all of them, so rows stay level. */}
      {range !== null && (
        <Text size="xs" mt={2} className="lw-figures" c="dimmed" fw={500} data-testid="kpi-band" style={{ whiteSpace: 'nowrap' }}>
          {range}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={2} lineClamp={1} title={detail ?? undefined}>
        {detail ?? '\u00a0'}
      </Text>
    </Paper>
  );
}

/**
 * The headline figures, base case in large type with the P10-P90 spread over the assumption
 * draws under it. The base case (every assumption at its most likely value) is the figure a
 * budget is signed on; the band says how far it could move.
 */
export function SimulationKpiCards({ results, format }: { results: SimulationResults; format: Formatters }) {
  return (
    <SimpleGrid cols={{ base: 2, md: 3, lg: 4 }} spacing="md" data-testid="kpi-cards">
      {HEADLINE_KPIS.map((spec) => (
        <KpiCard key={spec.key} spec={spec} results={results} format={format} />
      ))}
    </SimpleGrid>
  );
}

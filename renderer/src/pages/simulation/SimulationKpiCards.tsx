import { Group, Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SimulationResults } from '../../../../shared/simulation/results';
import type { Formatters } from '../../format/formatters';
import { WhatIsThis } from '../../help/WhatIsThis';
import { KPI_GLOSSARY_TERMS } from './kpiGlossaryTerms';
import { HEADLINE_KPIS, kpiBandText, kpiBaseCaseText, kpiByKey, kpiDetail, kpiHeadlineTip, kpiTone, kpiValueText, type KpiCardSpec } from './kpiFormat';

function KpiCard({ spec, results, format }: { spec: KpiCardSpec; results: SimulationResults; format: Formatters }) {
  const { t } = useTranslation('simulation');
  const band = kpiByKey(results).get(spec.key);
  const value = band ? kpiValueText(band, results, format, t) : '—';
  const range = band ? kpiBandText(band, results.draws, format, t) : null;
  const baseCase = band ? kpiBaseCaseText(band, results.draws, format, t) : null;
  const detail = kpiDetail(spec.key, results, format, t);
  const label = t(`kpis.${spec.key}.label`);
  const negative = kpiTone(spec, band) === 'negative';
  const term = KPI_GLOSSARY_TERMS[spec.key];
  return (
    <Paper withBorder radius="md" p="md" data-testid="kpi-card" data-kpi={spec.key}>
      <Group gap={4} wrap="nowrap" justify="space-between" h={20}>
        <Tooltip label={t(`kpis.${spec.key}.meaning`)} multiline w={260} withArrow openDelay={300}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em', cursor: 'help', minWidth: 0 }} truncate title={label}>
            {label}
          </Text>
        </Tooltip>
        {term && <WhatIsThis term={term} />}
      </Group>
      <Tooltip label={kpiHeadlineTip(results.draws, format, t)} multiline w={300} withArrow openDelay={300}>
        <Text fz={24} fw={650} lh={1.25} mt={6} className="lw-figures" c={negative ? 'red' : undefined} style={{ whiteSpace: 'nowrap', cursor: 'help' }} data-testid="kpi-value">
          {value}
        </Text>
      </Tooltip>
      {/* With one draw there is no spread, for any card: the line goes from all of them, so rows stay level. */}
      {range !== null && (
        <Text size="xs" mt={2} className="lw-figures" c="dimmed" fw={500} data-testid="kpi-band" style={{ whiteSpace: 'nowrap' }}>
          {range}
        </Text>
      )}
      {baseCase !== null && (
        <Text size="xs" c="dimmed" className="lw-figures" lineClamp={1} title={baseCase} data-testid="kpi-base-case">
          {baseCase}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={2} lineClamp={1} title={detail ?? undefined}>
        {detail ?? '\u00a0'}
      </Text>
    </Paper>
  );
}

/**
 * The headline figures: the median over the assumption draws in large type, its P10-P90 under
 * it, and the base case (every assumption at its most likely value) with the Monte Carlo error
 * of the median as a labelled secondary line. The median is the headline so that it always lies
 * inside its own band; the base case can fall outside it where assumptions are skewed.
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

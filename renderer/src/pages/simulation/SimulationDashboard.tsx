import { Alert, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulationRun } from '../../../../shared/contract/methods';
import type { ChartTheme } from '../../charts/chartTheme';
import { appLocale, createFormatters } from '../../format/formatters';
import { JobResultFrame } from '../../jobs/JobResultFrame';
import type { Plan } from '../../../../shared/plan/planSchema';
import { ExplanationsPanel } from './ExplanationsPanel';
import { auditLine, coverageLine } from './runAudit';
import { SegmentKpiTable } from './SegmentKpiTable';
import { SimulationCharts } from './SimulationCharts';
import { SimulationKpiCards } from './SimulationKpiCards';

/**
 * The results of one run: what was simulated, the warnings, the headline figures, the charts,
 * the segments, and the audit line that lets finance reproduce it. Takes the run as data and
 * talks to no backend, so it renders the same from a stored run or a fixture.
 */
export function SimulationDashboard({ run, running, theme, plan = null, locale = appLocale() }: { run: SimulationRun; running: boolean; theme: ChartTheme; plan?: Plan | null; locale?: string }) {
  const { results, record } = run;
  // Money in the run's currency, written the way the workspace's client writes figures.
  const format = useMemo(() => createFormatters(locale, results.currency), [locale, results.currency]);
  const { t } = useTranslation('simulation');
  const spread = results.draws > 1 ? t('dashboard.spread', { draws: format.count(results.draws) }) : t('dashboard.baseOnly');
  return (
    <JobResultFrame
      testId="simulation-results"
      running={running}
      basis={
        <>
          <Text span fw={600} inherit>
            {results.planName}
          </Text>
          {t('dashboard.basis', { coverage: coverageLine(results, format, t), spread })}
        </>
      }
    >
      {results.warnings.length > 0 && (
        <Alert variant="light" color="yellow" icon={<IconAlertTriangle size={18} />} title={t('dashboard.warnings')} data-testid="simulation-warnings">
          <List size="sm" spacing={4}>
            {results.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SimulationKpiCards results={results} format={format} />
      {plan && <ExplanationsPanel results={results} plan={plan} format={format} />}
      <SimulationCharts results={results} theme={theme} format={format} />
      <Stack gap={6}>
        <SegmentKpiTable results={results} format={format} />
        <Text size="xs" c="dimmed" className="lw-figures" data-testid="simulation-audit">
          {auditLine(record, format, t)}
        </Text>
      </Stack>
    </JobResultFrame>
  );
}

import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconTornado } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary, SensitivityResult } from '../../../../shared/domain/scenarios';
import type { KpiKey, KpiUnit } from '../../../../shared/simulation/results';
import type { ChartTheme } from '../../charts/chartTheme';
import { EChart } from '../../charts/EChart';
import { buildTornadoOption, tornadoHeight } from '../../charts/scenarioTornadoOption';
import { invoke } from '../../backend/client';
import type { Formatters } from '../../format/formatters';
import { KeptResultFrame } from '../../results/KeptResultFrame';
import { useKeptResult } from '../../results/useKeptResult';
import type { DisplayedJob } from '../../jobs/jobDisplay';
import { ChartCard } from '../reports/ChartCard';
import { formatKpiValue } from '../simulation/kpiFormat';
import { JobProgress } from './JobProgress';
import { analysisSample } from './scenarioForm';
import { orderTornado } from './tornado';
import { useScenarioJob } from './useScenarioJob';
import { useSimulationT } from './useSimulationT';
import { tornadoChartLabels } from './scenariosText';
import type { scenarios as scenariosTexts } from '../../i18n/locales/en/scenarios';

/** The figures a tornado can be drawn for, with their units. */
// Named by the 'scenarios' texts' sensitivity.kpis.<key>.
const SENSITIVITY_KPIS: readonly { key: KpiKey & keyof typeof scenariosTexts.sensitivity.kpis; unit: KpiUnit }[] = [
  { key: 'programmeCost', unit: 'currency' },
  { key: 'netIncrementalProfit', unit: 'currency' },
  { key: 'roi', unit: 'ratio' },
  { key: 'npvAccrued', unit: 'currency' },
  { key: 'incrementalRevenue', unit: 'currency' },
  { key: 'freeRewardRateTotal', unit: 'share' },
  { key: 'liabilityAtCostEnd', unit: 'currency' },
  { key: 'retainedCustomers', unit: 'customers' },
  { key: 'costPerRetainedCustomer', unit: 'currency' },
  { key: 'breakage', unit: 'share' },
];
const MAX_ROWS = 14;

interface SensitivityPanelProps {
  /** The workspace's path: a kept result is only ever shown in its own workspace. */
  scope: string;
  scenarios: readonly ScenarioSummary[];
  scenarioId: number | null;
  onScenario: (id: number) => void;
  jobs: readonly DisplayedJob[];
  theme: ChartTheme;
  format: Formatters;
}

/**
 * Sensitivity: choose a figure, run, read the tornado. The scenario's last tornado is kept in the
 * workspace and shown again on coming back, with when it was made and whether it still stands.
 */
export function SensitivityPanel({ scope, scenarios, scenarioId, onScenario, jobs, theme, format }: SensitivityPanelProps) {
  const { t } = useTranslation('scenarios');
  const simulationT = useSimulationT();
  const tornadoWords = useMemo(() => tornadoChartLabels(t), [t]);
  const [kpi, setKpi] = useState<KpiKey>('programmeCost');
  const [answer, setAnswer] = useState<SensitivityResult | null>(null);
  const job = useScenarioJob(jobs, /^Sensitivity of/, t('sensitivity.failed'));
  const { kept, reload } = useKeptResult(scope, scenarioId === null ? null : { kind: 'sensitivity', scenarioId });
  // The kept tornado; the answer just given only if it could not be read back.
  const result = kept?.result ?? (answer?.scenarioId === scenarioId ? answer : null);
  // A tornado made (or first seen) shows which figure it is of; changing the figure afterwards is the user's.
  const keptKpi = kept?.request.kpi;
  useEffect(() => {
    if (keptKpi) setKpi(keptKpi);
  }, [keptKpi, kept?.madeAt]);
  const found = SENSITIVITY_KPIS.find((k) => k.key === (result?.kpi ?? kpi)) ?? SENSITIVITY_KPIS[0]!;
  const spec = { ...found, label: t(`sensitivity.kpis.${found.key}`) };
  const ordered = useMemo(() => (result ? orderTornado(result.rows, result.base, MAX_ROWS) : null), [result]);
  const option = useMemo(
    () => (result && ordered ? buildTornadoOption({ rows: ordered.rows, base: result.base, kpiLabel: spec.label, unit: spec.unit }, theme, format, tornadoWords) : null),
    [result, ordered, spec.label, spec.unit, theme, format, tornadoWords],
  );
  const scenarioName = scenarios.find((s) => s.scenarioId === result?.scenarioId)?.name ?? '';

  const runFor = (figure: KpiKey) => {
    if (scenarioId === null) return;
    const sample = analysisSample(scenarios.find((s) => s.scenarioId === scenarioId));
    job.start(
      () => invoke('scenarios.sensitivity', { scenarioId, kpi: figure, ...sample }),
      (done) => {
        setAnswer(done);
        reload();
      },
    );
  };
  const run = () => runFor(kpi);
  // Again for the figure it was made for, on the scenario's sample as it is now.
  const rerun = () => kept && runFor(kept.request.kpi);

  return (
    <Stack gap="md" data-testid="sensitivity-panel">
      <Text size="sm" c="dimmed">
        {t('sensitivity.intro')}
      </Text>
      <Group align="flex-end" gap="md">
        <Select
          label={t('sensitivity.scenario')}
          w={260}
          data={scenarios.map((s) => ({ value: String(s.scenarioId), label: s.name }))}
          value={scenarioId === null ? null : String(scenarioId)}
          onChange={(v) => v && onScenario(Number(v))}
          allowDeselect={false}
          disabled={job.running}
          data-testid="sensitivity-scenario"
        />
        <Select
          label={t('sensitivity.kpi')}
          w={240}
          data={SENSITIVITY_KPIS.map((k) => ({ value: k.key, label: t(`sensitivity.kpis.${k.key}`) }))}
          value={kpi}
          onChange={(v) => v && setKpi(v as KpiKey)}
          allowDeselect={false}
          disabled={job.running}
          data-testid="sensitivity-kpi"
        />
        <Button leftSection={<IconTornado size={16} />} onClick={run} loading={job.running} disabled={scenarioId === null} data-testid="sensitivity-run">
          {t('sensitivity.run')}
        </Button>
      </Group>
      {job.running && <JobProgress job={job.job} title={t('sensitivity.progress')} cancelling={job.cancelling} onCancel={job.cancel} testId="sensitivity-progress" />}
      {result && ordered && option ? (
        <KeptResultFrame kept={kept} format={format} onRerun={rerun} running={job.running} testId="sensitivity">
          {ordered.rows.length === 0 ? (
            <Paper withBorder radius="md" p="lg">
              <Text size="sm" c="dimmed">
                {t('sensitivity.none')}
              </Text>
            </Paper>
          ) : (
            <ChartCard
              title={t('sensitivity.chartTitle', { kpi: spec.label.toLowerCase(), Kpi: spec.label, scenario: scenarioName })}
              subtitle={t('sensitivity.chartSubtitle', { base: formatKpiValue(result.base, spec.unit, format, undefined, simulationT), customers: format.count(result.simulatedCustomers) })}
              fileName={t('sensitivity.fileName', { kpi: spec.label, scenario: scenarioName })}
              testId="sensitivity-result"
            >
              <EChart option={option} height={tornadoHeight(ordered.rows.length)} testId="chart-tornado" ariaLabel={t('sensitivity.chartAria', { kpi: spec.label, Kpi: spec.label })} />
              {ordered.hidden > 0 && (
                <Text size="xs" c="dimmed" mt="xs">
                  {t('sensitivity.hidden', { count: ordered.hidden })}
                </Text>
              )}
            </ChartCard>
          )}
        </KeptResultFrame>
      ) : (
        !job.running && (
          <Paper withBorder radius="md" p="lg">
            <Text size="sm" c="dimmed">
              {t('sensitivity.empty')}
            </Text>
          </Paper>
        )
      )}
    </Stack>
  );
}

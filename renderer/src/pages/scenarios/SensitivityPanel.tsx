import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconTornado } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { ScenarioSummary, SensitivityResult } from '../../../../shared/domain/scenarios';
import type { KpiKey, KpiUnit } from '../../../../shared/simulation/results';
import type { ChartTheme } from '../../charts/chartTheme';
import { EChart } from '../../charts/EChart';
import { buildTornadoOption, tornadoHeight } from '../../charts/scenarioTornadoOption';
import { invoke } from '../../backend/client';
import type { Formatters } from '../../format/formatters';
import type { DisplayedJob } from '../../jobs/jobDisplay';
import { ChartCard } from '../reports/ChartCard';
import { formatKpiValue } from '../simulation/kpiFormat';
import { JobProgress } from './JobProgress';
import { analysisSample } from './scenarioForm';
import { orderTornado } from './tornado';
import { useScenarioJob } from './useScenarioJob';

const STRINGS = {
  intro:
    'Which assumptions move a figure most: each assumption is set to its low and then its high value with every other at its most likely value, on the scenario’s seed, and the scenario is run again each time.',
  scenario: 'Scenario',
  kpi: 'Figure',
  run: 'Run sensitivity',
  progress: 'Running the sensitivity',
  failed: 'Running the sensitivity',
  chartTitle: (kpi: string, scenario: string) => `What moves ${kpi.toLowerCase()}: ${scenario}`,
  chartSubtitle: (base: string, customers: string) => `Base case ${base}, on ${customers} customers simulated. Bars run from the base case to the figure with the assumption at its low and its high value; widest first.`,
  hidden: (n: number) => `${n} more ${n === 1 ? 'assumption moves' : 'assumptions move'} the figure less, or not at all, and ${n === 1 ? 'is' : 'are'} not drawn.`,
  none: 'No assumption of this plan has a range, so there is nothing to swing. Give assumptions a low and a high value on the Plan page.',
  empty: 'Choose a figure and press “Run sensitivity”. It runs the scenario about twice per assumption on a sample of up to 20,000 customers, so it takes a little while.',
} as const;

/** The figures a tornado can be drawn for, with their units. */
const SENSITIVITY_KPIS: readonly { key: KpiKey; label: string; unit: KpiUnit }[] = [
  { key: 'programmeCost', label: 'Programme cost', unit: 'currency' },
  { key: 'netIncrementalProfit', label: 'Net incremental profit', unit: 'currency' },
  { key: 'roi', label: 'ROI', unit: 'ratio' },
  { key: 'npv', label: 'NPV', unit: 'currency' },
  { key: 'incrementalRevenue', label: 'Incremental revenue', unit: 'currency' },
  { key: 'freeRewardRateTotal', label: 'Free-reward rate', unit: 'share' },
  { key: 'liabilityAtCostEnd', label: 'Liability at cost', unit: 'currency' },
  { key: 'retainedCustomers', label: 'Retained customers', unit: 'customers' },
  { key: 'costPerRetainedCustomer', label: 'Cost per retained customer', unit: 'currency' },
  { key: 'breakage', label: 'Breakage', unit: 'share' },
];
const MAX_ROWS = 14;

interface SensitivityPanelProps {
  scenarios: readonly ScenarioSummary[];
  scenarioId: number | null;
  onScenario: (id: number) => void;
  jobs: readonly DisplayedJob[];
  theme: ChartTheme;
  format: Formatters;
}

/** Sensitivity: choose a figure, run, read the tornado. */
export function SensitivityPanel({ scenarios, scenarioId, onScenario, jobs, theme, format }: SensitivityPanelProps) {
  const [kpi, setKpi] = useState<KpiKey>('programmeCost');
  const [result, setResult] = useState<SensitivityResult | null>(null);
  const job = useScenarioJob(jobs, /^Sensitivity of/, STRINGS.failed);
  const spec = SENSITIVITY_KPIS.find((k) => k.key === (result?.kpi ?? kpi)) ?? SENSITIVITY_KPIS[0]!;
  const ordered = useMemo(() => (result ? orderTornado(result.rows, result.base, MAX_ROWS) : null), [result]);
  const option = useMemo(
    () => (result && ordered ? buildTornadoOption({ rows: ordered.rows, base: result.base, kpiLabel: spec.label, unit: spec.unit }, theme, format) : null),
    [result, ordered, spec, theme, format],
  );
  const scenarioName = scenarios.find((s) => s.scenarioId === result?.scenarioId)?.name ?? '';

  const run = () => {
    if (scenarioId === null) return;
    const sample = analysisSample(scenarios.find((s) => s.scenarioId === scenarioId));
    job.start(() => invoke('scenarios.sensitivity', { scenarioId, kpi, ...sample }), setResult);
  };

  return (
    <Stack gap="md" data-testid="sensitivity-panel">
      <Text size="sm" c="dimmed">
        {STRINGS.intro}
      </Text>
      <Group align="flex-end" gap="md">
        <Select
          label={STRINGS.scenario}
          w={260}
          data={scenarios.map((s) => ({ value: String(s.scenarioId), label: s.name }))}
          value={scenarioId === null ? null : String(scenarioId)}
          onChange={(v) => v && onScenario(Number(v))}
          allowDeselect={false}
          disabled={job.running}
          data-testid="sensitivity-scenario"
        />
        <Select
          label={STRINGS.kpi}
          w={240}
          data={SENSITIVITY_KPIS.map((k) => ({ value: k.key, label: k.label }))}
          value={kpi}
          onChange={(v) => v && setKpi(v as KpiKey)}
          allowDeselect={false}
          disabled={job.running}
          data-testid="sensitivity-kpi"
        />
        <Button leftSection={<IconTornado size={16} />} onClick={run} loading={job.running} disabled={scenarioId === null} data-testid="sensitivity-run">
          {STRINGS.run}
        </Button>
      </Group>
      {job.running && <JobProgress job={job.job} title={STRINGS.progress} cancelling={job.cancelling} onCancel={job.cancel} testId="sensitivity-progress" />}
      {result && ordered && option ? (
        ordered.rows.length === 0 ? (
          <Paper withBorder radius="md" p="lg">
            <Text size="sm" c="dimmed">
              {STRINGS.none}
            </Text>
          </Paper>
        ) : (
          <ChartCard
            title={STRINGS.chartTitle(spec.label, scenarioName)}
            subtitle={STRINGS.chartSubtitle(formatKpiValue(result.base, spec.unit, format), format.count(result.simulatedCustomers))}
            fileName={`Sensitivity ${spec.label} ${scenarioName}`}
            testId="sensitivity-result"
          >
            <EChart option={option} height={tornadoHeight(ordered.rows.length)} testId="chart-tornado" ariaLabel={`Tornado chart of ${spec.label} over the plan's assumptions`} />
            {ordered.hidden > 0 && (
              <Text size="xs" c="dimmed" mt="xs">
                {STRINGS.hidden(ordered.hidden)}
              </Text>
            )}
          </ChartCard>
        )
      ) : (
        !job.running && (
          <Paper withBorder radius="md" p="lg">
            <Text size="sm" c="dimmed">
              {STRINGS.empty}
            </Text>
          </Paper>
        )
      )}
    </Stack>
  );
}

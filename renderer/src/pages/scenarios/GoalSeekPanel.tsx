import { Alert, Badge, Button, Group, List, NumberInput, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconTarget } from '@tabler/icons-react';
import { useState } from 'react';
import { GOAL_SEEK_LEVERS, GOAL_SEEK_TARGETS, type GoalSeekLever, type GoalSeekTarget } from '../../../../shared/contract/scenarioSchemas';
import type { GoalSeekResult, ScenarioSummary } from '../../../../shared/domain/scenarios';
import { invoke } from '../../backend/client';
import type { Formatters } from '../../format/formatters';
import type { DisplayedJob } from '../../jobs/jobDisplay';
import { formatKpiValue, kpiBandText } from '../simulation/kpiFormat';
import { formatLever, LEVERS, leverChange, readableWarning, targetRequestValue, TARGETS } from './goalSeek';
import { JobProgress } from './JobProgress';
import { analysisSample } from './scenarioForm';
import { useScenarioJob } from './useScenarioJob';

const STRINGS = {
  intro: 'Find the value of one lever that brings a figure to a target, everything else in the plan as it is. The search runs on the base case with the scenario’s seed; the value found is then run over the scenario’s draws for its P10–P90. With a budget cap, you are warned where the plan found costs more a year.',
  scenario: 'Scenario',
  lever: 'Lever',
  target: 'Target',
  value: 'Target value',
  cap: 'Budget cap a year',
  noCap: 'No cap',
  seek: 'Seek',
  progress: 'Seeking the lever value',
  failed: 'Goal seek',
  needValue: 'Give the target value.',
  found: 'Lever value found',
  plan: (v: string) => `The plan has ${v}`,
  achieved: 'Achieved',
  target_: (v: string) => `Target ${v}`,
  converged: 'Converged',
  notConverged: 'Closest found',
  iterations: (n: number) => `${n} ${n === 1 ? 'step' : 'steps'} of the search`,
  warnings: 'Read with care',
  empty: 'Choose a lever and a target and press “Seek”. It runs the scenario about twenty times on a sample of up to 20,000 customers.',
} as const;

interface GoalSeekPanelProps {
  scenarios: readonly ScenarioSummary[];
  scenarioId: number | null;
  onScenario: (id: number) => void;
  jobs: readonly DisplayedJob[];
  format: Formatters;
}

/** Goal seek: a lever, a target and its value, an optional budget cap; the lever value that hits it. */
export function GoalSeekPanel({ scenarios, scenarioId, onScenario, jobs, format }: GoalSeekPanelProps) {
  const [lever, setLever] = useState<GoalSeekLever>('pointsPerCurrencyUnit');
  const [target, setTarget] = useState<GoalSeekTarget>('freeRewardRateTotal');
  const [value, setValue] = useState<number | ''>(1);
  const [cap, setCap] = useState<number | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<GoalSeekResult | null>(null);
  const job = useScenarioJob(jobs, /^Goal seek/, STRINGS.failed);
  const spec = TARGETS[target];

  const seek = () => {
    if (scenarioId === null) return;
    if (value === '') {
      setError(STRINGS.needValue);
      return;
    }
    setError(null);
    const sample = analysisSample(scenarios.find((s) => s.scenarioId === scenarioId));
    const request = { scenarioId, lever, target, value: targetRequestValue(target, value), ...(cap === '' ? {} : { budgetCapPerYear: cap }), ...sample };
    job.start(() => invoke('scenarios.goalSeek', request), setResult);
  };

  const currencyPrefix = new Intl.NumberFormat(format.locale, { style: 'currency', currency: format.currencyCode }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? '';
  const shownTarget = result ? TARGETS[result.target] : spec;
  return (
    <Stack gap="md" data-testid="goal-seek-panel">
      <Text size="sm" c="dimmed">
        {STRINGS.intro}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          seek();
        }}
      >
        <Group align="flex-start" gap="md">
          <Select
            label={STRINGS.scenario}
            w={180}
            data={scenarios.map((s) => ({ value: String(s.scenarioId), label: s.name }))}
            value={scenarioId === null ? null : String(scenarioId)}
            onChange={(v) => v && onScenario(Number(v))}
            allowDeselect={false}
            disabled={job.running}
            data-testid="goal-seek-scenario"
          />
          <Select label={STRINGS.lever} w={170} data={GOAL_SEEK_LEVERS.map((l) => ({ value: l, label: LEVERS[l].label }))} value={lever} onChange={(v) => v && setLever(v as GoalSeekLever)} allowDeselect={false} disabled={job.running} data-testid="goal-seek-lever" />
          <Select
            label={STRINGS.target}
            w={250}
            data={GOAL_SEEK_TARGETS.map((t) => ({ value: t, label: TARGETS[t].label }))}
            value={target}
            onChange={(v) => v && setTarget(v as GoalSeekTarget)}
            allowDeselect={false}
            disabled={job.running}
            data-testid="goal-seek-target"
          />
          <NumberInput
            label={STRINGS.value}
            w={130}
            value={value}
            onChange={(v) => setValue(typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v))}
            suffix={spec.typedInPercent ? '%' : undefined}
            prefix={spec.typedInPercent ? undefined : currencyPrefix}
            thousandSeparator={spec.typedInPercent ? undefined : ','}
            decimalScale={spec.typedInPercent ? 3 : 0}
            error={error}
            disabled={job.running}
            data-testid="goal-seek-value"
          />
          <NumberInput
            label={STRINGS.cap}
            w={160}
            min={0}
            value={cap}
            onChange={(v) => setCap(typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v))}
            prefix={currencyPrefix}
            thousandSeparator=","
            allowNegative={false}
            decimalScale={0}
            placeholder={STRINGS.noCap}
            disabled={job.running}
            data-testid="goal-seek-cap"
          />
          <Button type="submit" mt={25} leftSection={<IconTarget size={16} />} loading={job.running} disabled={scenarioId === null} data-testid="goal-seek-run">
            {STRINGS.seek}
          </Button>
        </Group>
      </form>
      {job.running && <JobProgress job={job.job} title={STRINGS.progress} cancelling={job.cancelling} onCancel={job.cancel} testId="goal-seek-progress" />}
      {result ? (
        <Paper withBorder radius="md" p="lg" data-testid="goal-seek-result" data-converged={result.converged ? 'true' : 'false'}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <div>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
                {STRINGS.found}: {LEVERS[result.lever].label}
              </Text>
              <Group gap="sm" align="baseline" mt={6}>
                <Text fz={28} fw={650} className="lw-figures" data-testid="goal-seek-lever-value">
                  {formatLever(result.lever, result.leverValue, format)}
                </Text>
                {leverChange(result.leverValue, result.leverBase, format) && (
                  <Text size="sm" c="dimmed" className="lw-figures">
                    {leverChange(result.leverValue, result.leverBase, format)}
                  </Text>
                )}
              </Group>
              <Text size="sm" c="dimmed" className="lw-figures">
                {STRINGS.plan(formatLever(result.lever, result.leverBase, format))} · {LEVERS[result.lever].unitText}
              </Text>
            </div>
            <div>
              <Group gap="xs">
                <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
                  {STRINGS.achieved}: {shownTarget.label}
                </Text>
                <Badge size="xs" variant="light" color={result.converged ? 'teal' : 'yellow'}>
                  {result.converged ? STRINGS.converged : STRINGS.notConverged}
                </Badge>
              </Group>
              <Text fz={28} fw={650} mt={6} className="lw-figures" data-testid="goal-seek-achieved">
                {formatKpiValue(result.achieved.base, shownTarget.unit, format)}
              </Text>
              <Text size="sm" c="dimmed" className="lw-figures">
                {[
                  STRINGS.target_(formatKpiValue(result.targetValue, shownTarget.unit, format)),
                  kpiBandText({ key: 'programmeCost', ...result.achieved }, scenarios.find((s) => s.scenarioId === result.scenarioId)?.draws ?? 1, format),
                  STRINGS.iterations(result.iterations),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
          </SimpleGrid>
          {result.warnings.length > 0 && (
            <Alert variant="light" color="yellow" icon={<IconAlertTriangle size={18} />} title={STRINGS.warnings} mt="md" data-testid="goal-seek-warnings">
              <List size="sm" spacing={4}>
                {result.warnings.map((w) => (
                  <List.Item key={w}>{readableWarning(w, format)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Paper>
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

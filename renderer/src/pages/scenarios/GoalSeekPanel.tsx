import { Alert, Badge, Button, Group, List, NumberInput, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconTarget } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_SEEK_LEVERS, GOAL_SEEK_TARGETS, type GoalSeekLever, type GoalSeekRequest, type GoalSeekTarget } from '../../../../shared/contract/scenarioSchemas';
import type { GoalSeekResult, ScenarioSummary } from '../../../../shared/domain/scenarios';
import { invoke } from '../../backend/client';
import type { Formatters } from '../../format/formatters';
import { KeptResultFrame } from '../../results/KeptResultFrame';
import { useKeptResult } from '../../results/useKeptResult';
import type { DisplayedJob } from '../../jobs/jobDisplay';
import { formatKpiValue, kpiBandText, kpiBaseCaseText } from '../simulation/kpiFormat';
import { formatLever, leverChange, readableWarning, targetRequestValue, TARGETS } from './goalSeek';
import { GoalSeekApply } from './GoalSeekApply';
import { JobProgress } from './JobProgress';
import { analysisSample } from './scenarioForm';
import { useScenarioJob } from './useScenarioJob';
import { useSimulationT } from './useSimulationT';

interface GoalSeekPanelProps {
  /** The workspace's path: a kept result is only ever shown in its own workspace. */
  scope: string;
  scenarios: readonly ScenarioSummary[];
  scenarioId: number | null;
  onScenario: (id: number) => void;
  jobs: readonly DisplayedJob[];
  format: Formatters;
  /** A plan was saved from the answer ("apply"): the page's list and comparison read the scenarios again. */
  onPlanChanged: () => void;
}

/** What was asked, as the form holds it: the value as typed (percent where the target is a share). */
const typedValue = (request: GoalSeekRequest): number => (TARGETS[request.target].typedInPercent ? Number((request.value * 100).toPrecision(12)) : request.value);

/**
 * Goal seek: a lever, a target and its value, an optional budget cap; the lever value that hits
 * it. The scenario's last answer is kept in the workspace and shown again on coming back, with
 * what was asked, when, and whether it still stands (applying it to the plan makes it stale).
 */
export function GoalSeekPanel({ scope, scenarios, scenarioId, onScenario, jobs, format, onPlanChanged }: GoalSeekPanelProps) {
  const { t } = useTranslation('scenarios');
  const simulationT = useSimulationT();
  const spanish = format.locale.startsWith('es');
  const [lever, setLever] = useState<GoalSeekLever>('pointsPerCurrencyUnit');
  const [target, setTarget] = useState<GoalSeekTarget>('freeRewardRateTotal');
  const [value, setValue] = useState<number | ''>(1);
  const [cap, setCap] = useState<number | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<GoalSeekResult | null>(null);
  const job = useScenarioJob(jobs, /^Goal seek/, t('goalSeek.failed'));
  const spec = TARGETS[target];
  const { kept, reload } = useKeptResult(scope, scenarioId === null ? null : { kind: 'goalSeek', scenarioId });
  // The kept answer; the one just given only if it could not be read back.
  const result = kept?.result ?? (answer?.scenarioId === scenarioId ? answer : null);
  // An answer made (or first seen) puts its question in the form; editing it afterwards is the user's.
  const asked = kept?.request;
  useEffect(() => {
    if (!asked) return;
    setLever(asked.lever);
    setTarget(asked.target);
    setValue(typedValue(asked));
    setCap(asked.budgetCapPerYear ?? '');
    // Once per answer (its scenario and time): the same answer read again, after any change in
    // the workspace, leaves what the user has typed since alone.
  }, [asked?.scenarioId, kept?.madeAt]);

  const seek = () => {
    if (scenarioId === null) return;
    if (value === '') {
      setError(t('goalSeek.needValue'));
      return;
    }
    setError(null);
    const sample = analysisSample(scenarios.find((s) => s.scenarioId === scenarioId));
    const request = { scenarioId, lever, target, value: targetRequestValue(target, value), ...(cap === '' ? {} : { budgetCapPerYear: cap }), ...sample };
    start(request);
  };
  const start = (request: GoalSeekRequest) =>
    job.start(
      () => invoke('scenarios.goalSeek', request),
      (done) => {
        setAnswer(done);
        reload();
      },
    );
  // The same question again, on the scenario's sample as it is now.
  const rerun = () => {
    if (!kept || scenarioId === null) return;
    const { maxCustomers: _was, ...question } = kept.request;
    start({ ...question, ...analysisSample(scenarios.find((s) => s.scenarioId === scenarioId)) });
  };

  const currencyPrefix = new Intl.NumberFormat(format.locale, { style: 'currency', currency: format.currencyCode }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? '';
  const shownTarget = result ? TARGETS[result.target] : spec;
  const achievedDraws = result ? (scenarios.find((s) => s.scenarioId === result.scenarioId)?.draws ?? 1) : 1;
  return (
    <Stack gap="md" data-testid="goal-seek-panel">
      <Text size="sm" c="dimmed">
        {t('goalSeek.intro')}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          seek();
        }}
      >
        <Group align="flex-start" gap="md">
          <Select
            label={t('goalSeek.scenario')}
            w={180}
            data={scenarios.map((s) => ({ value: String(s.scenarioId), label: s.name }))}
            value={scenarioId === null ? null : String(scenarioId)}
            onChange={(v) => v && onScenario(Number(v))}
            allowDeselect={false}
            disabled={job.running}
            data-testid="goal-seek-scenario"
          />
          <Select label={t('goalSeek.lever')} w={170} data={GOAL_SEEK_LEVERS.map((l) => ({ value: l, label: t(`goalSeek.levers.${l}.label`) }))} value={lever} onChange={(v) => v && setLever(v as GoalSeekLever)} allowDeselect={false} disabled={job.running} data-testid="goal-seek-lever" />
          <Select
            label={t('goalSeek.target')}
            w={250}
            data={GOAL_SEEK_TARGETS.map((g) => ({ value: g, label: t(`goalSeek.targets.${g}`) }))}
            value={target}
            onChange={(v) => v && setTarget(v as GoalSeekTarget)}
            allowDeselect={false}
            disabled={job.running}
            data-testid="goal-seek-target"
          />
          <NumberInput
            label={t('goalSeek.value')}
            w={130}
            value={value}
            onChange={(v) => setValue(typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v))}
            suffix={spec.typedInPercent ? '%' : undefined}
            prefix={spec.typedInPercent ? undefined : currencyPrefix}
            thousandSeparator={spec.typedInPercent ? undefined : spanish ? '.' : ','}
            {...(spanish ? { decimalSeparator: ',' } : {})}
            decimalScale={spec.typedInPercent ? 3 : 0}
            error={error}
            disabled={job.running}
            data-testid="goal-seek-value"
          />
          <NumberInput
            label={t('goalSeek.cap')}
            w={160}
            min={0}
            value={cap}
            onChange={(v) => setCap(typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v))}
            prefix={currencyPrefix}
            thousandSeparator={spanish ? '.' : ','}
            {...(spanish ? { decimalSeparator: ',' } : {})}
            allowNegative={false}
            decimalScale={0}
            placeholder={t('goalSeek.noCap')}
            disabled={job.running}
            data-testid="goal-seek-cap"
          />
          <Button type="submit" mt={25} leftSection={<IconTarget size={16} />} loading={job.running} disabled={scenarioId === null} data-testid="goal-seek-run">
            {t('goalSeek.seek')}
          </Button>
        </Group>
      </form>
      {job.running && <JobProgress job={job.job} title={t('goalSeek.progress')} cancelling={job.cancelling} onCancel={job.cancel} testId="goal-seek-progress" />}
      {result ? (
        <KeptResultFrame kept={kept} format={format} onRerun={rerun} running={job.running} testId="goal-seek">
          <Paper withBorder radius="md" p="lg" data-testid="goal-seek-result" data-converged={result.converged ? 'true' : 'false'}>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
              <div>
                <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
                  {t('goalSeek.found')}: {t(`goalSeek.levers.${result.lever}.label`)}
                </Text>
                <Group gap="sm" align="baseline" mt={6}>
                  <Text fz={28} fw={650} className="lw-figures" data-testid="goal-seek-lever-value">
                    {formatLever(result.lever, result.leverValue, format, t)}
                  </Text>
                  {leverChange(result.leverValue, result.leverBase, format) && (
                    <Text size="sm" c="dimmed" className="lw-figures">
                      {leverChange(result.leverValue, result.leverBase, format)}
                    </Text>
                  )}
                </Group>
                <Text size="sm" c="dimmed" className="lw-figures">
                  {t('goalSeek.plan', { value: formatLever(result.lever, result.leverBase, format, t) })} · {t(`goalSeek.levers.${result.lever}.unitText`)}
                </Text>
              </div>
              <div>
                <Group gap="xs">
                  <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
                    {t('goalSeek.achieved')}: {t(`goalSeek.targets.${result ? result.target : target}`)}
                  </Text>
                  <Badge size="xs" variant="light" color={result.converged ? 'teal' : 'yellow'}>
                    {result.converged ? t('goalSeek.converged') : t('goalSeek.notConverged')}
                  </Badge>
                </Group>
                <Text fz={28} fw={650} mt={6} className="lw-figures" data-testid="goal-seek-achieved">
                  {formatKpiValue(result.achieved.headline, shownTarget.unit, format, undefined, simulationT)}
                </Text>
                <Text size="sm" c="dimmed" className="lw-figures">
                  {[
                    t('goalSeek.targetValue', { value: formatKpiValue(result.targetValue, shownTarget.unit, format, undefined, simulationT) }),
                    kpiBandText({ key: 'programmeCost', ...result.achieved }, achievedDraws, format, simulationT),
                    // The lever is sought on the base case; the headline above is the median of the scenario's draws.
                    kpiBaseCaseText({ key: 'programmeCost', ...result.achieved }, achievedDraws, format, simulationT),
                    t('goalSeek.iterations', { count: result.iterations }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </div>
            </SimpleGrid>
            {result.warnings.length > 0 && (
              <Alert variant="light" color="yellow" icon={<IconAlertTriangle size={18} />} title={t('goalSeek.warnings')} mt="md" data-testid="goal-seek-warnings">
                <List size="sm" spacing={4}>
                  {result.warnings.map((w) => (
                    <List.Item key={w}>{readableWarning(w, format)}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <GoalSeekApply key={`${result.scenarioId}:${result.lever}:${result.leverValue}`} result={result} scenarios={scenarios} format={format} onApplied={onPlanChanged} />
          </Paper>
        </KeptResultFrame>
      ) : (
        !job.running && (
          <Paper withBorder radius="md" p="lg">
            <Text size="sm" c="dimmed">
              {t('goalSeek.empty')}
            </Text>
          </Paper>
        )
      )}
    </Stack>
  );
}

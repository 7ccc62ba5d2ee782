import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary, SimulationRun } from '../../../shared/contract/methods';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { invoke } from '../backend/client';
import { isCancellation } from '../errors/displayedError';
import { reportError } from '../errors/errorStore';
import type { DisplayedJob } from '../jobs/jobDisplay';
import { useJobResult } from '../jobs/useJobResult';
import { useChartTheme } from './data/useChartTheme';
import { takeRunRequest } from './plan/runRequest';
import { selectPlan, useSelectedPlanId } from './plan/selectedPlan';
import { RunPanel } from './simulation/RunPanel';
import { checkRunForm, DEFAULT_RUN_FORM, findRunJob, type RunForm, type RunFormErrors } from './simulation/runForm';
import { SimulationDashboard } from './simulation/SimulationDashboard';
import { useRunPlan } from './simulation/useRunPlan';
import { SimulationProgress } from './simulation/SimulationProgress';
import { dataLocale } from '../format/workspaceFormat';

/** The run panel and the results dashboard: run a stored plan against the world without it, and read what it costs, owes and keeps. */
export function SimulationPage({ summary, jobs }: { summary: WorkspaceSummary | null; jobs: readonly DisplayedJob[] }) {
  const { t } = useTranslation('simulation');
  return (
    <Stack gap="lg" data-testid="page-simulation">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('intro')}
        </Text>
      </div>
      {summary ? (
        <SimulationStudio key={summary.path} workspace={summary.path} locale={dataLocale(summary)} jobs={jobs} />
      ) : (
        <Paper withBorder radius="md" p="xl">
          <Text c="dimmed">{t('noWorkspace')}</Text>
        </Paper>
      )}
    </Stack>
  );
}

function SimulationStudio({ workspace, locale, jobs }: { workspace: string; locale: string; jobs: readonly DisplayedJob[] }) {
  const { t } = useTranslation('simulation');
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [settings, setSettings] = useState<Omit<RunForm, 'planId'>>(DEFAULT_RUN_FORM);
  const [errors, setErrors] = useState<RunFormErrors>({});
  const [knownJobIds, setKnownJobIds] = useState<ReadonlySet<string>>(new Set());
  const [cancelling, setCancelling] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const selectedId = useSelectedPlanId(workspace);
  // The plan picked here or in the designer while it exists, else the most recently changed one.
  const planId = plans?.some((p) => p.planId === selectedId) ? selectedId : (plans?.[0]?.planId ?? null);
  // Scoped by plan: another plan's run is never shown under this one's name.
  const job = useJobResult<SimulationRun>(`${workspace}#plan-${planId ?? 'none'}`, t('job'));
  const { show } = job;

  useEffect(() => {
    let live = true;
    invoke('plans.list', {}).then(
      (list) => live && setPlans(list),
      (error: unknown) => {
        if (!live) return;
        setPlans([]);
        reportError(t('errors.listing'), error);
      },
    );
    return () => {
      live = false;
    };
  }, [t]);

  // The workspace keeps each plan's last run: show it on arrival, unless a new run already answered.
  useEffect(() => {
    if (planId === null) return undefined;
    let live = true;
    invoke('simulation.latest', { planId }).then(
      (latest) => {
        if (live && latest) show(latest, { onlyIfEmpty: true });
      },
      (error: unknown) => live && reportError(t('errors.loadingLast'), error),
    );
    return () => {
      live = false;
    };
  }, [planId, show, t]);

  const form: RunForm = { ...settings, planId };
  const run = () => {
    const checked = checkRunForm(form, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setCancelled(false);
    setCancelling(false);
    setKnownJobIds(new Set(jobs.map((j) => j.id)));
    job.run(() =>
      invoke('simulation.run', checked.request).catch((error: unknown) => {
        // A cancelled run is the user's choice, not an error: say so quietly on the page.
        if (isCancellation(error)) setCancelled(true);
        throw error;
      }),
    );
  };

  // "Run this plan" on the Plan page: run it as soon as the page knows the plan, once.
  useEffect(() => {
    if (plans !== null && planId !== null && takeRunRequest(workspace, planId)) run();
    // `run` is rebuilt on every render; the request is what decides, and it is taken only once.
  }, [plans, planId, workspace]);

  const runJob = job.running ? findRunJob(jobs, knownJobIds) : null;
  const cancel = () => {
    if (!runJob) return;
    setCancelling(true);
    invoke('jobs.cancel', { jobId: runJob.id }).catch((error: unknown) => {
      setCancelling(false);
      reportError(t('errors.cancelling'), error);
    });
  };

  const theme = useChartTheme();
  const result = job.result;
  // The plan behind the results, for the explanations of their surprising figures.
  const runPlan = useRunPlan(planId, result);
  return (
    <Stack gap="lg">
      <RunPanel
        plans={plans}
        form={form}
        errors={errors}
        running={job.running}
        onChange={(next) => {
          const { planId: nextPlan, ...rest } = next;
          if (nextPlan !== planId) selectPlan(workspace, nextPlan);
          setSettings(rest);
          setErrors({});
        }}
        onRun={run}
      />
      {job.running && <SimulationProgress job={runJob} cancelling={cancelling} onCancel={cancel} />}
      {cancelled && !job.running && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title={t('cancelled')} data-testid="simulation-cancelled" withCloseButton onClose={() => setCancelled(false)}>
          {result ? t('nothingStoredLastInView') : t('nothingStored')}
        </Alert>
      )}
      {result ? (
        <SimulationDashboard run={result} running={job.running} theme={theme} plan={runPlan} locale={locale} />
      ) : (
        !job.running && (
          <Paper withBorder radius="md" p="xl">
            <Text size="sm" c="dimmed">
              {plans !== null && plans.length === 0
                ? t('noPlans')
                : t('notRun')}
            </Text>
          </Paper>
        )
      )}
    </Stack>
  );
}

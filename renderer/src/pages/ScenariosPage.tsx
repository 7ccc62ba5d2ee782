import { Button, Group, Loader, Menu, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconChevronDown, IconGitCompare, IconPlus, IconPresentation } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../shared/contract/methods';
import type { ScenarioResults, ScenarioSummary } from '../../../shared/domain/scenarios';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { invoke } from '../backend/client';
import { reportError } from '../errors/errorStore';
import { createFormatters } from '../format/formatters';
import type { DisplayedJob } from '../jobs/jobDisplay';
import { PresentationMode } from '../presentation/PresentationMode';
import { useChartTheme } from './data/useChartTheme';
import { ConfirmModal, type Confirmation } from './plan/ConfirmModal';
import { ComparePanel } from './scenarios/ComparePanel';
import { GoalSeekPanel } from './scenarios/GoalSeekPanel';
import { JobProgress } from './scenarios/JobProgress';
import { checkCreate, checkUpdate, copyName, formOf, newScenarioForm, nextScenarioName, type ScenarioForm, type ScenarioFormErrors } from './scenarios/scenarioForm';
import { ScenarioFormModal, type ScenarioFormMode } from './scenarios/ScenarioFormModal';
import { MAX_COMPARED, ScenarioList } from './scenarios/ScenarioList';
import { SensitivityPanel } from './scenarios/SensitivityPanel';
import { rememberedFocus, rememberFocus } from './scenarios/focusMemory';
import { useScenarioJob } from './scenarios/useScenarioJob';
import { dataLocale } from '../format/workspaceFormat';

/** The scenario lab: keep scenarios, compare them, find what drives them, hit a target, and present. */
export function ScenariosPage({ summary, jobs }: { summary: WorkspaceSummary | null; jobs: readonly DisplayedJob[] }) {
  const { t } = useTranslation('scenarios');
  return (
    <Stack gap="lg" data-testid="page-scenarios">
      {summary ? (
        <ScenarioLab key={summary.path} scope={summary.path} currency={summary.currencyCode} locale={dataLocale(summary)} jobs={jobs} />
      ) : (
        <>
          <Title order={2}>{t('page.title')}</Title>
          <Paper withBorder radius="md" p="xl">
            <Text c="dimmed">{t('page.noWorkspace')}</Text>
          </Paper>
        </>
      )}
    </Stack>
  );
}

function ScenarioLab({ scope, currency, locale, jobs }: { scope: string; currency: string; locale: string; jobs: readonly DisplayedJob[] }) {
  const { t } = useTranslation('scenarios');
  const [scenarios, setScenarios] = useState<ScenarioSummary[] | null>(null);
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [compared, setCompared] = useState<number[]>([]);
  const comparedRef = useRef<number[]>([]);
  comparedRef.current = compared;
  const [comparison, setComparison] = useState<ScenarioResults[] | null>(null);
  const [loadingComparison, setLoadingComparison] = useState(false);
  const [formMode, setFormMode] = useState<ScenarioFormMode | null>(null);
  const [editing, setEditing] = useState<ScenarioSummary | null>(null);
  const [form, setForm] = useState<ScenarioForm>(newScenarioForm(null));
  const [formErrors, setFormErrors] = useState<ScenarioFormErrors>({});
  const [saving, setSaving] = useState(false);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [runningId, setRunningId] = useState<number | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);
  const [presentation, setPresentation] = useState<ScenarioResults | null>(null);
  const [openingPresentation, setOpeningPresentation] = useState(false);
  const runJob = useScenarioJob(jobs, /^Running scenario/, t('page.errors.run'));
  const theme = useChartTheme();
  const listFormat = useMemo(() => createFormatters(locale, currency), [locale, currency]);

  const refresh = useCallback(
    () =>
      invoke('scenarios.list', {}).then(
        (list) => {
          setScenarios(list);
          return list;
        },
        (error: unknown) => {
          setScenarios((s) => s ?? []);
          reportError(t('page.errors.list'), error);
          return null;
        },
      ),
    [t],
  );

  const loadComparison = useCallback((ids: readonly number[]) => {
    if (ids.length === 0) {
      setComparison(null);
      return;
    }
    setLoadingComparison(true);
    invoke('scenarios.results', { scenarioIds: [...ids] }).then(
      (results) => {
        setComparison(results);
        setLoadingComparison(false);
      },
      (error: unknown) => {
        setLoadingComparison(false);
        reportError(t('page.errors.results'), error);
      },
    );
  }, [t]);

  // On arrival: the scenarios and plans, and the first ones with runs already compared, so the lab shows figures at once.
  useEffect(() => {
    let live = true;
    refresh().then((list) => {
      if (!live || !list) return;
      const withRuns = list.filter((s) => s.lastRun).slice(0, 2).map((s) => s.scenarioId);
      setCompared(withRuns);
      // The scenario looked at last, so its kept sensitivity and goal seek are there again.
      const remembered = rememberedFocus(scope);
      setFocusId(list.some((s) => s.scenarioId === remembered) ? remembered : (withRuns[0] ?? list[0]?.scenarioId ?? null));
      if (withRuns.length > 0) loadComparison(withRuns);
    });
    invoke('plans.list', {}).then(
      (list) => live && setPlans(list),
      (error: unknown) => {
        if (!live) return;
        setPlans([]);
        reportError(t('page.errors.plans'), error);
      },
    );
    return () => {
      live = false;
    };
  }, [refresh, loadComparison, t, scope]);

  const list = scenarios ?? [];
  const focus = list.find((s) => s.scenarioId === focusId)?.scenarioId ?? list[0]?.scenarioId ?? null;
  // The scenario the user chose, made, edited or ran is remembered; the page's own first pick is not.
  const focusOn = (scenarioId: number) => {
    setFocusId(scenarioId);
    rememberFocus(scope, scenarioId);
  };

  const openCreate = () => {
    setEditing(null);
    setForm(newScenarioForm(plans?.[0]?.planId ?? null, nextScenarioName(list.map((s) => s.name))));
    setFormErrors({});
    setFormMode('create');
  };
  const openEdit = (s: ScenarioSummary) => {
    setEditing(s);
    setForm(formOf(s));
    setFormErrors({});
    setFormMode('edit');
  };
  const openDuplicate = (s: ScenarioSummary) => {
    setEditing(s);
    setForm({ ...formOf(s), name: copyName(s.name, list.map((x) => x.name)) });
    setFormErrors({});
    setFormMode('duplicate');
  };

  const submit = () => {
    let request: Promise<ScenarioSummary>;
    if (formMode === 'create') {
      const checked = checkCreate(form, t);
      if (!checked.ok) return setFormErrors(checked.errors);
      request = invoke('scenarios.create', checked.request);
    } else if (formMode === 'edit' && editing) {
      const checked = checkUpdate(editing.scenarioId, form, t);
      if (!checked.ok) return setFormErrors(checked.errors);
      request = invoke('scenarios.update', checked.request);
    } else if (formMode === 'duplicate' && editing) {
      if (form.name.trim() === '') return setFormErrors({ name: t('page.needsName') });
      request = invoke('scenarios.duplicate', { scenarioId: editing.scenarioId, name: form.name.trim() });
    } else return;
    setSaving(true);
    request.then(
      (saved) => {
        setSaving(false);
        setFormMode(null);
        focusOn(saved.scenarioId);
        void refresh();
        // A renamed or changed scenario that is being compared: its column follows.
        if (compared.includes(saved.scenarioId)) loadComparison(compared);
      },
      (error: unknown) => {
        setSaving(false);
        reportError(t('page.errors.save'), error);
      },
    );
  };

  const askDelete = (s: ScenarioSummary) =>
    setConfirmation({
      title: t('page.deleteTitle'),
      message: t('page.deleteMessage', { name: s.name }),
      action: t('page.deleteAction'),
      danger: true,
      onConfirm: () =>
        invoke('scenarios.delete', { scenarioId: s.scenarioId }).then(
          () => {
            const left = compared.filter((id) => id !== s.scenarioId);
            setCompared(left);
            if (left.length !== compared.length) loadComparison(left);
            void refresh();
          },
          (error: unknown) => reportError(t('page.errors.delete'), error),
        ),
    });

  const run = (s: ScenarioSummary) => {
    setRunningId(s.scenarioId);
    focusOn(s.scenarioId);
    runJob.start(
      () => invoke('scenarios.run', { scenarioId: s.scenarioId }).finally(() => setRunningId(null)),
      () => {
        void refresh();
        // A run's figures join the comparison at once: ticked if there is room. The ticks as they
        // are now, not as they were when the run started.
        const now = comparedRef.current;
        const next = now.includes(s.scenarioId) || now.length >= MAX_COMPARED ? now : [...now, s.scenarioId];
        setCompared(next);
        loadComparison(next);
      },
    );
  };

  // Goal seek saved a plan: the scenarios on it are out of date now, in the list and the comparison.
  const planChanged = () => {
    void refresh();
    if (comparedRef.current.length > 0) loadComparison(comparedRef.current);
  };

  const toggleCompare = (id: number) => {
    setCompared((c) => (c.includes(id) ? c.filter((x) => x !== id) : c.length >= MAX_COMPARED ? c : [...c, id]));
  };

  const comparisonFormats = useMemo(() => (comparison ?? []).map((c) => createFormatters(locale, c.run?.results.currency ?? currency)), [comparison, locale, currency]);
  const focusCurrency = comparison?.find((c) => c.scenario.scenarioId === focus)?.run?.results.currency ?? currency;
  const focusFormat = useMemo(() => createFormatters(locale, focusCurrency), [locale, focusCurrency]);
  const presentationFormat = useMemo(() => createFormatters(locale, presentation?.run?.results.currency ?? currency), [presentation, locale, currency]);
  const closePresentation = useCallback(() => setPresentation(null), []);
  // The scenario's latest run: from the comparison when it is there, else asked for.
  const present = (scenarioId: number) => {
    const shown = comparison?.find((c) => c.scenario.scenarioId === scenarioId && c.run);
    if (shown) return setPresentation(shown);
    setOpeningPresentation(true);
    invoke('scenarios.results', { scenarioIds: [scenarioId] }).then(
      ([found]) => {
        setOpeningPresentation(false);
        if (found?.run) setPresentation(found);
      },
      (error: unknown) => {
        setOpeningPresentation(false);
        reportError(t('page.errors.results'), error);
      },
    );
  };
  const noPlans = plans !== null && plans.length === 0;

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl">
        <div>
          <Title order={2}>{t('page.title')}</Title>
          <Text c="dimmed" size="sm" mt={4} maw={860}>
            {t('page.intro')}
          </Text>
        </div>
        <Group gap="sm" wrap="nowrap">
          <Menu position="bottom-end" withinPortal shadow="md">
            <Menu.Target>
              <Button variant="default" leftSection={<IconPresentation size={16} />} rightSection={<IconChevronDown size={14} />} loading={openingPresentation} data-testid="scenario-present">
                {t('page.present')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('page.presentWhich')}</Menu.Label>
              {list.filter((s) => s.lastRun).length === 0 && <Menu.Item disabled>{t('page.presentNeedsRun')}</Menu.Item>}
              {list
                .filter((s) => s.lastRun)
                .map((s) => (
                  <Menu.Item key={s.scenarioId} onClick={() => present(s.scenarioId)} data-testid="present-scenario">
                    {s.name}
                  </Menu.Item>
                ))}
            </Menu.Dropdown>
          </Menu>
          <Button leftSection={<IconPlus size={16} />} onClick={openCreate} disabled={plans === null || noPlans} data-testid="scenario-new">
            {t('page.newScenario')}
          </Button>
        </Group>
      </Group>

      {scenarios === null ? (
        <Group gap="sm">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            {t('page.loading')}
          </Text>
        </Group>
      ) : list.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Text size="sm" c="dimmed">
            {noPlans ? t('page.noPlans') : t('page.empty')}
          </Text>
        </Paper>
      ) : (
        <ScenarioList
          scenarios={list}
          compared={compared}
          runningId={runningId}
          busy={runJob.running}
          format={listFormat}
          onToggleCompare={toggleCompare}
          onRun={run}
          onEdit={openEdit}
          onDuplicate={openDuplicate}
          onDelete={askDelete}
        />
      )}
      {runJob.running && <JobProgress job={runJob.job} title={t('page.running')} cancelling={runJob.cancelling} onCancel={runJob.cancel} testId="scenario-run-progress" />}

      {list.length > 0 && (
        <Group gap="md">
          <Button leftSection={<IconGitCompare size={16} />} onClick={() => loadComparison(compared)} disabled={compared.length === 0} loading={loadingComparison} data-testid="scenario-compare">
            {t('page.compare')}
          </Button>
          <Text size="sm" c="dimmed">
            {compared.length === 0 ? t('page.compareHintNone') : t('page.compareHint', { count: compared.length, max: MAX_COMPARED })}
          </Text>
        </Group>
      )}
      {comparison && comparison.length > 0 ? (
        <ComparePanel scenarios={comparison} theme={theme} formats={comparisonFormats} staleActions={{ onRunAgain: run, runningId, busy: runJob.running }} />
      ) : (
        list.length > 0 && (
          <Paper withBorder radius="md" p="lg">
            <Text size="sm" c="dimmed">
              {t('page.compareEmpty')}
            </Text>
          </Paper>
        )
      )}

      {list.length > 0 && (
        <Paper withBorder radius="md" p="lg">
          <Tabs defaultValue="sensitivity" keepMounted>
            <Tabs.List mb="md">
              <Tabs.Tab value="sensitivity" data-testid="tab-sensitivity">
                {t('page.tabs.sensitivity')}
              </Tabs.Tab>
              <Tabs.Tab value="goal-seek" data-testid="tab-goal-seek">
                {t('page.tabs.goalSeek')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="sensitivity">
              <SensitivityPanel scope={scope} scenarios={list} scenarioId={focus} onScenario={focusOn} jobs={jobs} theme={theme} format={focusFormat} />
            </Tabs.Panel>
            <Tabs.Panel value="goal-seek">
              <GoalSeekPanel scope={scope} scenarios={list} scenarioId={focus} onScenario={focusOn} jobs={jobs} format={focusFormat} onPlanChanged={planChanged} />
            </Tabs.Panel>
          </Tabs>
        </Paper>
      )}

      <ScenarioFormModal mode={formMode} form={form} errors={formErrors} plans={plans} saving={saving} onChange={setForm} onSubmit={submit} onClose={() => setFormMode(null)} />
      <ConfirmModal confirmation={confirmation} onClose={() => setConfirmation(null)} />
      {presentation?.run && (
        <PresentationMode name={presentation.scenario.name} results={presentation.run.results} compared={comparison ?? []} theme={theme} format={presentationFormat} onClose={closePresentation} />
      )}
    </>
  );
}

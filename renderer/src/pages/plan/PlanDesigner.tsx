import { Accordion, Alert, Badge, Box, Button, Group, List, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconDeviceFloppy, IconPlayerPlay } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { PlanSummary } from '../../../../shared/contract/methods';
import type { WorkspaceSummary } from '../../../../shared/domain/workspace';
import { basicPlan } from '../../../../shared/plan/defaultPlans';
import { derivedFigures, WOOLF_REDEMPTION_SHARE } from '../../../../shared/plan/derivedFigures';
import type { Plan } from '../../../../shared/plan/planSchema';
import { invoke } from '../../backend/client';
import { toDisplayedError } from '../../errors/displayedError';
import { reportError } from '../../errors/errorStore';
import { appLocale, createFormatters, type Formatters } from '../../format/formatters';
import { ConfirmModal, type Confirmation } from './ConfirmModal';
import { DerivedPanel } from './DerivedPanel';
import { checkDraft, isDirty, planFileName, planToDraft, readPlanFile, SECTIONS, type PlanDraft, type SectionId } from './planForm';
import { PlanPicker } from './PlanPicker';
import { sectionSummary } from './sectionSummaries';
import { BehaviourSection } from './sections/BehaviourSection';
import { BonusesSection, EarningSection, EnrolmentSection, RewardsSection } from './sections/EarningSections';
import { GeneralSection } from './sections/GeneralSection';
import { CommunicationSection, PartnersSection, PrivilegesSection } from './sections/MatrixSections';
import { ExpirySection, FrequencySection, PromotionsSection, TiersSection } from './sections/MechanicSections';
import type { SectionProps } from './sections/sectionProps';
import { selectedPlanId, selectPlan } from './selectedPlan';
import { useWorkspaceFacts } from './useWorkspaceFacts';

const SECTION_COMPONENTS: Readonly<Record<SectionId, ComponentType<SectionProps>>> = {
  general: GeneralSection,
  enrolment: EnrolmentSection,
  earning: EarningSection,
  rewards: RewardsSection,
  bonuses: BonusesSection,
  promotions: PromotionsSection,
  frequency: FrequencySection,
  tiers: TiersSection,
  expiry: ExpirySection,
  privileges: PrivilegesSection,
  partners: PartnersSection,
  communication: CommunicationSection,
  behaviour: BehaviourSection,
};

/** Which stored plan the draft is a version of (none for a new or imported plan), and what was saved. */
interface Loaded {
  planId: number | null;
  version: number | null;
  saved: Plan | null;
}

const NEW_PLAN: Loaded = { planId: null, version: null, saved: null };

/** Formats in the plan's currency; a half-typed code falls back to the workspace's. */
function formattersFor(currency: string, fallback: string): Formatters {
  try {
    return createFormatters(appLocale(), /^[A-Z]{3}$/.test(currency) ? currency : fallback);
  } catch {
    return createFormatters(appLocale(), fallback);
  }
}

export function PlanDesigner({ summary }: { summary: WorkspaceSummary }) {
  const scope = summary.path;
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded>(NEW_PLAN);
  const [draft, setDraft] = useState<PlanDraft>(() => planToDraft(basicPlan()));
  const [open, setOpen] = useState<string[]>(['general', 'earning']);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [importProblems, setImportProblems] = useState<string[] | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  // Until the stored plan to show is known, the editor is not shown (no flash of a template).
  const [arriving, setArriving] = useState(true);
  const [redemptionPercent, setRedemptionPercent] = useState<number | ''>(WOOLF_REDEMPTION_SHARE * 100);
  const facts = useWorkspaceFacts(scope, summary.counts.customers);

  const check = useMemo(() => checkDraft(draft), [draft]);
  // While the draft has problems the panel keeps the last valid figures rather than going blank.
  const lastValid = useRef<Plan | null>(null);
  if (check.ok) lastValid.current = check.plan;
  const validPlan = check.ok ? check.plan : lastValid.current;
  const figures = useMemo(
    () =>
      validPlan &&
      derivedFigures(validPlan, {
        base: facts.base,
        annualSalesCurrency: facts.annualSalesCurrency,
        redemptionShare: redemptionPercent === '' ? WOOLF_REDEMPTION_SHARE : Math.min(100, Math.max(0, redemptionPercent)) / 100,
      }),
    [validPlan, facts.base, facts.annualSalesCurrency, redemptionPercent],
  );
  const format = useMemo(() => formattersFor(draft.currency, summary.currencyCode), [draft.currency, summary.currencyCode]);
  const dirty = isDirty(draft, loaded.saved);

  const show = useCallback((next: Loaded, plan: Plan) => {
    setLoaded(next);
    setDraft(planToDraft(plan));
    setNotice(null);
    setImportProblems(null);
  }, []);

  const refreshList = useCallback(async (): Promise<PlanSummary[] | null> => {
    try {
      const list = await invoke('plans.list', {});
      setPlans(list);
      setListError(null);
      return list;
    } catch (error) {
      setPlans([]);
      setListError(toDisplayedError(0, '', error).message);
      return null;
    }
  }, []);

  const openPlan = useCallback(
    async (planId: number) => {
      try {
        const stored = await invoke('plans.get', { planId });
        show({ planId: stored.planId, version: stored.version, saved: stored.plan }, stored.plan);
        selectPlan(scope, stored.planId);
      } catch (error) {
        reportError('Opening the plan', error);
      }
    },
    [scope, show],
  );

  // On arrival: the plan selected elsewhere (the Simulation page), else the latest stored, else a new basic plan.
  useEffect(() => {
    let live = true;
    void refreshList().then(async (list) => {
      if (live && list && list.length > 0) {
        const wanted = selectedPlanId(scope);
        const target = list.find((p) => p.planId === wanted) ?? list[0]!;
        await openPlan(target.planId);
      }
      if (live) setArriving(false);
    });
    return () => {
      live = false;
    };
  }, [scope, refreshList, openPlan]);

  /** Runs `action` at once, or after the user agrees to drop the unsaved changes. */
  const unlessDirty = (action: () => void) => {
    if (!dirty || (loaded.planId === null && JSON.stringify(draft) === JSON.stringify(basicPlan()))) {
      action();
      return;
    }
    setConfirmation({ title: 'Discard the unsaved changes?', message: `“${draft.name || 'This plan'}” has changes that are not saved. They will be lost.`, action: 'Discard changes', danger: true, onConfirm: action });
  };

  const newPlan = (template: 'basic' | 'full') =>
    unlessDirty(() => {
      invoke('plans.template', { template }).then(
        (plan) => {
          show(NEW_PLAN, plan);
          setOpen(['general', 'earning']);
        },
        (error: unknown) => reportError('Starting a new plan', error),
      );
    });

  const importFile = (file: File) =>
    unlessDirty(() => {
      file.text().then(
        (text) => {
          const read = readPlanFile(text);
          if (!read.ok) {
            setImportProblems(read.problems);
            return;
          }
          // An imported plan is new to this workspace until it is saved here.
          show(NEW_PLAN, read.plan);
          setNotice(`Imported “${read.plan.name}” from ${file.name}; not saved yet.`);
        },
        (error: unknown) => reportError('Reading the plan file', error),
      );
    });

  const exportFile = () => {
    if (!check.ok) return;
    const blob = new Blob([`${JSON.stringify(check.plan, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = planFileName(check.plan.name);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const deletePlan = () => {
    const { planId } = loaded;
    if (planId === null) return;
    setConfirmation({
      title: 'Delete this plan?',
      message: `“${draft.name}” and all its versions will be deleted from the workspace. Its simulation runs can no longer be opened from it.`,
      action: 'Delete plan',
      danger: true,
      onConfirm: () => {
        invoke('plans.delete', { planId }).then(
          () => {
            if (selectedPlanId(scope) === planId) selectPlan(scope, null);
            show(NEW_PLAN, basicPlan());
            void refreshList();
          },
          (error: unknown) => reportError('Deleting the plan', error),
        );
      },
    });
  };

  const save = () => {
    if (!check.ok) return;
    setSaving(true);
    const args = loaded.planId === null ? { plan: check.plan } : { planId: loaded.planId, plan: check.plan };
    invoke('plans.save', args).then(
      (stored) => {
        setSaving(false);
        show({ planId: stored.planId, version: stored.version, saved: stored.plan }, stored.plan);
        setNotice(`Version ${stored.version} saved`);
        selectPlan(scope, stored.planId);
        void refreshList();
      },
      (error: unknown) => {
        setSaving(false);
        reportError('Saving the plan', error);
      },
    );
  };

  const run = () => {
    if (loaded.planId === null) return;
    selectPlan(scope, loaded.planId);
    window.location.hash = '#/simulation';
  };

  const edit = (next: PlanDraft) => {
    setDraft(next);
    setNotice(null);
  };

  const sectionProps: SectionProps = { draft, errors: check.errors, onChange: edit, segmentNames: facts.segmentNames, figures, format };
  const problemsBySection = new Map<SectionId, number>();
  for (const p of check.problems) problemsBySection.set(p.section, (problemsBySection.get(p.section) ?? 0) + 1);
  const reveal = (section: SectionId) => setOpen((o) => (o.includes(section) ? o : [...o, section]));

  return (
    <Stack gap="lg">
      <PlanPicker
        plans={plans}
        listError={listError}
        planId={loaded.planId}
        version={loaded.version}
        dirty={dirty}
        canExport={check.ok}
        importProblems={importProblems}
        format={format}
        onOpen={(id) => unlessDirty(() => void openPlan(id))}
        onNew={newPlan}
        onDelete={deletePlan}
        onImport={importFile}
        onExport={exportFile}
        onDismissImport={() => setImportProblems(null)}
      />
      {arriving ? (
        <Text size="sm" c="dimmed" data-testid="plan-arriving">
          Reading the workspace’s plans…
        </Text>
      ) : (
        <Group align="flex-start" gap="lg" wrap="nowrap">
          <Box style={{ flex: 1, minWidth: 0 }}>
            <Accordion multiple value={open} onChange={setOpen} variant="separated" radius="md" chevronPosition="left" data-testid="plan-sections">
              {SECTIONS.map(([id, title]) => {
                const Section = SECTION_COMPONENTS[id];
                const problems = problemsBySection.get(id) ?? 0;
                return (
                  <Accordion.Item key={id} value={id} data-testid={`plan-section-${id}`}>
                    <Accordion.Control>
                      <Group gap="sm" wrap="nowrap" justify="space-between" pr="sm">
                        <Text fw={600} size="sm">
                          {title}
                        </Text>
                        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }} aria-hidden>
                          <Text size="xs" c="dimmed" truncate="end">
                            {sectionSummary(draft, id)}
                          </Text>
                          {problems > 0 && (
                            <Badge color="red" variant="light" size="sm" style={{ flexShrink: 0 }}>
                              {problems} {problems === 1 ? 'problem' : 'problems'}
                            </Badge>
                          )}
                        </Group>
                      </Group>
                    </Accordion.Control>
                    <Accordion.Panel>{open.includes(id) && <Section {...sectionProps} />}</Accordion.Panel>
                  </Accordion.Item>
                );
              })}
            </Accordion>
          </Box>
          <Stack gap="md" w={300} style={{ position: 'sticky', top: 76, flexShrink: 0 }}>
            <DerivedPanel figures={figures} stale={!check.ok} format={format} redemptionPercent={redemptionPercent} onRedemptionPercent={setRedemptionPercent} salesKnown={facts.annualSalesCurrency !== null} />
            <Paper withBorder radius="md" p="md" data-testid="plan-actions">
              {check.ok ? (
                <Group gap={6} c="teal" mb="sm">
                  <IconCheck size={16} />
                  <Text size="sm">The plan is valid.</Text>
                </Group>
              ) : (
                <Alert color="red" variant="light" p="xs" mb="sm" icon={<IconAlertTriangle size={16} />} title={`${check.problems.length} ${check.problems.length === 1 ? 'problem' : 'problems'} to fix`} data-testid="plan-problems">
                  <List size="xs" spacing={4}>
                    {check.problems.slice(0, 5).map((p) => (
                      <List.Item key={p.path}>
                        <UnstyledButton onClick={() => reveal(p.section)} style={{ fontSize: 'var(--mantine-font-size-xs)' }}>
                          <b>{SECTIONS.find(([id]) => id === p.section)?.[1]}</b>
                          {p.field ? ` · ${p.field}` : ''}: {p.message}
                        </UnstyledButton>
                      </List.Item>
                    ))}
                    {check.problems.length > 5 && <List.Item>… and {check.problems.length - 5} more.</List.Item>}
                  </List>
                </Alert>
              )}
              <Stack gap="xs">
                <Button leftSection={<IconDeviceFloppy size={16} />} onClick={save} disabled={!check.ok || (!dirty && loaded.planId !== null)} loading={saving} data-testid="save-plan" fullWidth>
                  Save plan
                </Button>
                <Button variant="light" leftSection={<IconPlayerPlay size={16} />} onClick={run} disabled={loaded.planId === null || dirty} data-testid="run-plan" fullWidth>
                  Run this plan
                </Button>
                {notice ? (
                  <Text size="xs" c="teal" ta="center" data-testid="plan-notice">
                    {notice}
                  </Text>
                ) : (
                  <Text size="xs" c="dimmed" ta="center">
                    {loaded.planId === null ? 'Save the plan to run it.' : dirty ? 'Save the changes to run them.' : `Version ${loaded.version} is saved.`}
                  </Text>
                )}
              </Stack>
            </Paper>
          </Stack>
        </Group>
      )}
      <ConfirmModal confirmation={confirmation} onClose={() => setConfirmation(null)} />
    </Stack>
  );
}

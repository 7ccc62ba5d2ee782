import { Accordion, Alert, Badge, Box, Button, Group, List, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconDeviceFloppy, IconPlayerPlay } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('plan');
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

  const check = useMemo(() => checkDraft(draft, t), [draft, t]);
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
        annualPurchases: facts.annualPurchases,
        buyerGroups: facts.buyerGroups,
        redemptionShare: redemptionPercent === '' ? WOOLF_REDEMPTION_SHARE : Math.min(100, Math.max(0, redemptionPercent)) / 100,
      }),
    [validPlan, facts.base, facts.annualSalesCurrency, facts.annualPurchases, facts.buyerGroups, redemptionPercent],
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
        reportError(t('errors.opening'), error);
      }
    },
    [scope, show, t],
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
    setConfirmation({ title: t('designer.discardTitle'), message: t('designer.discardMessage', { name: draft.name || t('designer.thisPlan') }), action: t('designer.discardAction'), danger: true, onConfirm: action });
  };

  const newPlan = (template: 'basic' | 'full') =>
    unlessDirty(() => {
      invoke('plans.template', { template }).then(
        (plan) => {
          show(NEW_PLAN, plan);
          setOpen(['general', 'earning']);
        },
        (error: unknown) => reportError(t('errors.starting'), error),
      );
    });

  const importFile = (file: File) =>
    unlessDirty(() => {
      file.text().then(
        (text) => {
          const read = readPlanFile(text, t);
          if (!read.ok) {
            setImportProblems(read.problems);
            return;
          }
          // An imported plan is new to this workspace until it is saved here.
          show(NEW_PLAN, read.plan);
          setNotice(t('designer.imported', { name: read.plan.name, file: file.name }));
        },
        (error: unknown) => reportError(t('errors.readingFile'), error),
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
      title: t('designer.deleteTitle'),
      message: t('designer.deleteMessage', { name: draft.name }),
      action: t('designer.deleteAction'),
      danger: true,
      onConfirm: () => {
        invoke('plans.delete', { planId }).then(
          () => {
            if (selectedPlanId(scope) === planId) selectPlan(scope, null);
            show(NEW_PLAN, basicPlan());
            void refreshList();
          },
          (error: unknown) => reportError(t('errors.deleting'), error),
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
        setNotice(t('designer.versionSaved', { version: stored.version }));
        selectPlan(scope, stored.planId);
        void refreshList();
      },
      (error: unknown) => {
        setSaving(false);
        reportError(t('errors.saving'), error);
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
          {t('designer.arriving')}
        </Text>
      ) : (
        <Group align="flex-start" gap="lg" wrap="nowrap">
          <Box style={{ flex: 1, minWidth: 0 }}>
            <Accordion multiple value={open} onChange={setOpen} variant="separated" radius="md" chevronPosition="left" data-testid="plan-sections">
              {SECTIONS.map(([id]) => {
                const Section = SECTION_COMPONENTS[id];
                const problems = problemsBySection.get(id) ?? 0;
                return (
                  <Accordion.Item key={id} value={id} data-testid={`plan-section-${id}`}>
                    <Accordion.Control>
                      <Group gap="sm" wrap="nowrap" justify="space-between" pr="sm">
                        <Text fw={600} size="sm">
                          {t(`sections.${id}`)}
                        </Text>
                        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }} aria-hidden>
                          <Text size="xs" c="dimmed" truncate="end">
                            {sectionSummary(draft, id, t, format.locale)}
                          </Text>
                          {problems > 0 && (
                            <Badge color="red" variant="light" size="sm" style={{ flexShrink: 0 }}>
                              {t('designer.problems', { count: problems })}
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
                  <Text size="sm">{t('designer.valid')}</Text>
                </Group>
              ) : (
                <Alert color="red" variant="light" p="xs" mb="sm" icon={<IconAlertTriangle size={16} />} title={t('designer.problemsToFix', { count: check.problems.length })} data-testid="plan-problems">
                  <List size="xs" spacing={4}>
                    {check.problems.slice(0, 5).map((p) => (
                      <List.Item key={p.path}>
                        <UnstyledButton onClick={() => reveal(p.section)} style={{ fontSize: 'var(--mantine-font-size-xs)' }}>
                          <b>{t(`sections.${p.section}`)}</b>
                          {p.field ? ` · ${p.field}` : ''}: {p.message}
                        </UnstyledButton>
                      </List.Item>
                    ))}
                    {check.problems.length > 5 && <List.Item>{t('designer.moreProblems', { count: check.problems.length - 5 })}</List.Item>}
                  </List>
                </Alert>
              )}
              <Stack gap="xs">
                <Button leftSection={<IconDeviceFloppy size={16} />} onClick={save} disabled={!check.ok || (!dirty && loaded.planId !== null)} loading={saving} data-testid="save-plan" fullWidth>
                  {t('designer.save')}
                </Button>
                <Button variant="light" leftSection={<IconPlayerPlay size={16} />} onClick={run} disabled={loaded.planId === null || dirty} data-testid="run-plan" fullWidth>
                  {t('designer.run')}
                </Button>
                {notice ? (
                  <Text size="xs" c="teal" ta="center" data-testid="plan-notice">
                    {notice}
                  </Text>
                ) : (
                  <Text size="xs" c="dimmed" ta="center">
                    {loaded.planId === null ? t('designer.saveToRun') : dirty ? t('designer.saveChangesToRun') : t('designer.versionIsSaved', { version: loaded.version })}
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

import { Accordion, Badge, Box, Group, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSummary } from '../../../../shared/domain/workspace';
import { derivedFigures, WOOLF_REDEMPTION_SHARE } from '../../../../shared/plan/derivedFigures';
import type { Plan } from '../../../../shared/plan/planSchema';
import { invoke } from '../../backend/client';
import { StaleDraftNotice } from '../../drafts/StaleDraftNotice';
import { useDraftControls } from '../../drafts/useDraftControls';
import { reportError } from '../../errors/errorStore';
import type { Formatters } from '../../format/formatters';
import { workspaceFormatters } from '../../format/workspaceFormat';
import { ConfirmModal, type Confirmation } from './ConfirmModal';
import { DerivedPanel } from './DerivedPanel';
import { NamePlanModal, type NamePlanRequest } from './NamePlanModal';
import { PlanActions } from './PlanActions';
import { planFileName, planToDraft, readPlanFile, SECTIONS, type PlanDraft, type SectionId } from './planForm';
import { uniquePlanName } from './planNames';
import { PlanPicker } from './PlanPicker';
import { sectionSummary } from './sectionSummaries';
import { BehaviourSection } from './sections/BehaviourSection';
import { BonusesSection, EarningSection, EnrolmentSection, RewardsSection } from './sections/EarningSections';
import { GeneralSection } from './sections/GeneralSection';
import { CommunicationSection, PartnersSection, PrivilegesSection } from './sections/MatrixSections';
import { ExpirySection, FrequencySection, PromotionsSection, TiersSection } from './sections/MechanicSections';
import type { SectionProps } from './sections/sectionProps';
import { usePlanDocument } from './usePlanDocument';
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

/**
 * Formats in the workspace's locale and the plan's currency; a half-typed code falls back to the
 * workspace's currency.
 */
function formattersFor(summary: WorkspaceSummary, currency: string): Formatters {
  try {
    return workspaceFormatters(summary, /^[A-Z]{3}$/.test(currency) ? currency : summary.currencyCode);
  } catch {
    return workspaceFormatters(summary);
  }
}

export function PlanDesigner({ summary }: { summary: WorkspaceSummary }) {
  const { t } = useTranslation('plan');
  const { t: words } = useTranslation('drafts');
  const scope = summary.path;
  const plan = usePlanDocument(scope, t);
  const { draft, value, check, doc } = plan;
  const [open, setOpen] = useState<string[]>(['general', 'earning']);
  const [notice, setNotice] = useState<string | null>(null);
  const [importProblems, setImportProblems] = useState<string[] | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [naming, setNaming] = useState<NamePlanRequest | null>(null);
  const [redemptionPercent, setRedemptionPercent] = useState<number | ''>(WOOLF_REDEMPTION_SHARE * 100);
  const facts = useWorkspaceFacts(scope, summary.counts.customers);
  const root = useRef<HTMLDivElement>(null);

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
  const format = useMemo(() => formattersFor(summary, value.currency), [summary, value.currency]);
  const takenNames = (plan.plans ?? []).map((p) => p.name);
  const reveal = (section: SectionId) => setOpen((o) => (o.includes(section) ? o : [...o, section]));

  const save = async (): Promise<boolean> => {
    if (!check.ok) {
      // Ctrl+S or the leave prompt on a plan with problems: show where they are.
      for (const p of check.problems) reveal(p.section);
      return false;
    }
    const stored = await plan.save();
    if (stored) setNotice(t('designer.versionSaved', { version: stored.version }));
    return stored !== null;
  };
  useDraftControls(root, {
    draft,
    label: doc?.kind === 'new' ? words('labels.newPlan', { name: value.name }) : words('labels.plan', { name: value.name }),
    cannotSave: check.ok ? null : t('designer.cannotSave', { name: value.name, count: check.problems.length }),
    save,
  });

  /** Runs `action` at once, or after the user agrees to replace the unsaved new plan (the one slot for a plan not stored yet). */
  const unlessNewPlanInUse = (action: () => void) => {
    if (plan.newPlanName === null) {
      action();
      return;
    }
    setConfirmation({ title: t('designer.replaceNewTitle'), message: t('designer.replaceNewMessage', { name: plan.newPlanName || t('designer.thisPlan') }), action: t('designer.replaceNewAction'), danger: true, onConfirm: action });
  };

  /** Asks for the new plan's name (proposing one no plan has), then shows it as the unsaved new plan. */
  const nameThenStart = (start: PlanDraft, intro: string, after?: () => void) =>
    setNaming({
      title: t('nameModal.title'),
      intro,
      proposed: uniquePlanName(start.name, takenNames),
      taken: takenNames,
      confirm: t('nameModal.create'),
      onConfirm: (name) => {
        plan.startNew({ ...start, name });
        setNaming(null);
        setImportProblems(null);
        setNotice(null);
        after?.();
      },
    });

  const newPlan = (template: 'basic' | 'full') =>
    unlessNewPlanInUse(() => {
      invoke('plans.template', { template }).then(
        (fresh) => nameThenStart(planToDraft(fresh), t('nameModal.fromTemplate', { template: t(`picker.${template}`).toLocaleLowerCase() }), () => setOpen(['general', 'earning'])),
        (error: unknown) => reportError(t('errors.starting'), error),
      );
    });

  const importFile = (file: File) =>
    unlessNewPlanInUse(() => {
      file.text().then(
        (text) => {
          const read = readPlanFile(text, t);
          if (!read.ok) {
            setImportProblems(read.problems);
            return;
          }
          // A plan file's name may be one this workspace already uses: ask for another then.
          if (takenNames.some((n) => n.trim().toLocaleLowerCase() === read.plan.name.trim().toLocaleLowerCase())) {
            nameThenStart(planToDraft(read.plan), t('nameModal.fromFile', { name: read.plan.name, file: file.name }));
            return;
          }
          plan.startNew(planToDraft(read.plan));
          setImportProblems(null);
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
    if (doc?.kind !== 'stored') return;
    setConfirmation({
      title: t('designer.deleteTitle'),
      message: t('designer.deleteMessage', { name: value.name }),
      action: t('designer.deleteAction'),
      danger: true,
      onConfirm: () => void plan.remove(),
    });
  };

  const edit = (next: PlanDraft) => {
    draft.edit(next);
    setNotice(null);
  };

  const sectionProps: SectionProps = { draft: value, errors: check.errors, onChange: edit, segmentNames: facts.segmentNames, figures, format, workspaceCurrency: summary.currencyCode };
  const problemsBySection = new Map<SectionId, number>();
  for (const p of check.problems) problemsBySection.set(p.section, (problemsBySection.get(p.section) ?? 0) + 1);
  const storedPlan = doc?.kind === 'stored' ? doc.stored : null;

  return (
    <Stack gap="lg" ref={root}>
      <PlanPicker
        plans={plan.plans}
        listError={plan.listError}
        planId={storedPlan?.planId ?? null}
        version={storedPlan?.version ?? null}
        newPlanName={plan.newPlanName}
        showingNew={doc?.kind === 'new'}
        dirty={draft.dirty}
        hasDraft={plan.hasDraft}
        canExport={check.ok}
        importProblems={importProblems}
        format={format}
        onOpen={(id) => void plan.open(id)}
        onOpenNew={plan.openNew}
        onNew={newPlan}
        onDelete={deletePlan}
        onImport={importFile}
        onExport={exportFile}
        onDismissImport={() => setImportProblems(null)}
      />
      <StaleDraftNotice draft={draft} testId="plan-stale" />
      {doc === null ? (
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
                            {sectionSummary(value, id, t, format.locale)}
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
          {/* Save, Undo and Redo first, and the column scrolls on its own: the figures are taller than a laptop's screen. */}
          <Stack gap="md" w={300} style={{ position: 'sticky', top: 76, flexShrink: 0, maxHeight: 'calc(100vh - 140px)', overflowY: 'auto' }}>
            <PlanActions check={check} draft={draft} version={storedPlan?.version ?? null} saving={plan.saving} notice={notice} onSave={() => void save()} onRun={plan.run} onReveal={reveal} />
            <DerivedPanel figures={figures} stale={!check.ok} format={format} redemptionPercent={redemptionPercent} onRedemptionPercent={setRedemptionPercent} salesKnown={facts.annualSalesCurrency !== null} />
          </Stack>
        </Group>
      )}
      <ConfirmModal confirmation={confirmation} onClose={() => setConfirmation(null)} />
      <NamePlanModal request={naming} onClose={() => setNaming(null)} />
    </Stack>
  );
}


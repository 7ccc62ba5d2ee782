import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCopy, IconExternalLink, IconFileCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalSeekResult, ScenarioSummary } from '../../../../shared/domain/scenarios';
import { applyLever, leverValueToWrite } from '../../../../shared/plan/goalSeekLevers';
import { invoke } from '../../backend/client';
import { drafts } from '../../drafts/draftBook';
import { draftKey } from '../../drafts/draftStorage';
import { useDraftWorkspace } from '../../drafts/draftWorkspace';
import { reportError } from '../../errors/errorStore';
import type { Formatters } from '../../format/formatters';
import { ConfirmModal, type Confirmation } from '../plan/ConfirmModal';
import { NamePlanModal, type NamePlanRequest } from '../plan/NamePlanModal';
import { uniquePlanName } from '../plan/planNames';
import { selectPlan } from '../plan/selectedPlan';
import { formatLever } from './goalSeek';

interface GoalSeekApplyProps {
  result: GoalSeekResult;
  scenarios: readonly ScenarioSummary[];
  format: Formatters;
  /** A plan was saved: the scenarios that use it are now out of date, and the page should say so. */
  onApplied?: (() => void) | undefined;
}

/** What was saved, to say so and offer the Plan page. */
interface Applied {
  planId: number;
  name: string;
  version: number;
  copy: boolean;
}

/**
 * Goal seek's answer put to use: the value found written into the scenario's plan, as a new
 * version of it or as a new plan (named by the user), through the same lever function the
 * search used, so the plan saved is the plan that was evaluated.
 */
export function GoalSeekApply({ result, scenarios, format, onApplied }: GoalSeekApplyProps) {
  const { t } = useTranslation('scenarios');
  const workspace = useDraftWorkspace();
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [naming, setNaming] = useState<NamePlanRequest | null>(null);
  const [busy, setBusy] = useState(false);
  const [applied, setApplied] = useState<Applied | null>(null);
  const scenario = scenarios.find((s) => s.scenarioId === result.scenarioId);
  if (!scenario) return null;
  // In a sentence: "with the earn rate at 1.24", "con 1,24 de acumulación".
  const lever = t(`goalSeek.levers.${result.lever}.label`).toLocaleLowerCase();
  const value = formatLever(result.lever, leverValueToWrite(result.lever, result.leverValue), format, t);

  const apply = async (copyName: string | null) => {
    setBusy(true);
    try {
      // The plan's latest version: goal seek ran the scenario on it, and the lever is all that changes.
      const stored = await invoke('plans.get', { planId: scenario.planId });
      const { plan } = applyLever(stored.plan, result.lever, result.leverValue);
      const saved = await invoke('plans.save', copyName === null ? { planId: scenario.planId, plan } : { plan: { ...plan, name: copyName } });
      setApplied({ planId: saved.planId, name: saved.name, version: saved.version, copy: copyName !== null });
      setNaming(null);
      onApplied?.();
    } catch (error) {
      reportError(t('goalSeek.apply.failed'), error);
    } finally {
      setBusy(false);
    }
  };

  const toPlan = () => {
    // A draft of this plan on the Plan page stays; that page then says the plan was saved since.
    const drafted = workspace !== null && drafts.hasUnsaved(draftKey(workspace, `plan:${scenario.planId}`));
    setConfirmation({
      title: t('goalSeek.apply.toPlanTitle'),
      message: [t('goalSeek.apply.toPlanMessage', { plan: scenario.planName, version: scenario.planVersion + 1, lever, value }), drafted ? t('goalSeek.apply.draftKept') : ''].filter(Boolean).join(' '),
      action: t('goalSeek.apply.toPlanAction'),
      onConfirm: () => void apply(null),
    });
  };

  const toCopy = async () => {
    try {
      const taken = (await invoke('plans.list', {})).map((p) => p.name);
      setNaming({
        title: t('goalSeek.apply.copyTitle'),
        intro: t('goalSeek.apply.copyIntro', { plan: scenario.planName, lever, value }),
        proposed: uniquePlanName(t('goalSeek.apply.copyName', { plan: scenario.planName, lever, value }), taken),
        taken,
        confirm: t('goalSeek.apply.copyAction'),
        onConfirm: (name) => void apply(name),
      });
    } catch (error) {
      reportError(t('goalSeek.apply.failed'), error);
    }
  };

  const openPlan = (planId: number) => {
    if (workspace !== null) selectPlan(workspace, planId);
    window.location.hash = '#/plan';
  };

  return (
    <>
      <Group gap="sm" mt="md" data-testid="goal-seek-apply">
        <Button variant="default" size="xs" leftSection={<IconCopy size={14} />} onClick={() => void toCopy()} disabled={busy} data-testid="goal-seek-apply-copy">
          {t('goalSeek.apply.toCopy')}
        </Button>
        <Button variant="light" size="xs" leftSection={<IconFileCheck size={14} />} onClick={toPlan} loading={busy && naming === null} data-testid="goal-seek-apply-plan">
          {t('goalSeek.apply.toPlan', { plan: scenario.planName })}
        </Button>
      </Group>
      {applied && (
        <Alert color="teal" variant="light" mt="sm" data-testid="goal-seek-applied" withCloseButton onClose={() => setApplied(null)}>
          <Group justify="space-between" gap="sm">
            <Text size="sm">{applied.copy ? t('goalSeek.apply.savedCopy', { name: applied.name }) : t('goalSeek.apply.savedVersion', { name: applied.name, version: applied.version })}</Text>
            <Button size="xs" variant="subtle" rightSection={<IconExternalLink size={14} />} onClick={() => openPlan(applied.planId)} data-testid="goal-seek-open-plan">
              {t('goalSeek.apply.openPlan')}
            </Button>
          </Group>
        </Alert>
      )}
      <ConfirmModal confirmation={confirmation} onClose={() => setConfirmation(null)} />
      <NamePlanModal request={naming} busy={busy} onClose={() => setNaming(null)} />
    </>
  );
}

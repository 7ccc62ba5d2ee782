import { Alert, Button, Group, List, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconDeviceFloppy, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DraftToolbar } from '../../drafts/DraftToolbar';
import type { DraftState } from '../../drafts/draftState';
import { shortcutKeys } from '../../drafts/shortcutKeys';
import type { DraftCheck, PlanDraft, SectionId } from './planForm';

interface PlanActionsProps {
  check: DraftCheck;
  draft: DraftState<PlanDraft>;
  /** Null for the new plan, not stored yet. */
  version: number | null;
  saving: boolean;
  notice: string | null;
  onSave: () => void;
  onRun: () => void;
  onReveal: (section: SectionId) => void;
}

/** Beside the sections: whether the plan is valid, Undo and Redo, Save and Run. */
export function PlanActions({ check, draft, version, saving, notice, onSave, onRun, onReveal }: PlanActionsProps) {
  const { t } = useTranslation('plan');
  const { t: words } = useTranslation('drafts');
  const isNew = version === null;
  return (
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
                <UnstyledButton onClick={() => onReveal(p.section)} style={{ fontSize: 'var(--mantine-font-size-xs)' }}>
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
        <Group justify="center">
          <DraftToolbar draft={draft} testId="plan" />
        </Group>
        <Button
          leftSection={<IconDeviceFloppy size={16} />}
          onClick={onSave}
          disabled={!check.ok || !draft.dirty}
          loading={saving}
          title={t('designer.saveKeys', { keys: shortcutKeys().save })}
          data-testid="save-plan"
          fullWidth
        >
          {t('designer.save')}
        </Button>
        <Button variant="light" leftSection={<IconPlayerPlay size={16} />} onClick={onRun} disabled={isNew || draft.dirty} data-testid="run-plan" fullWidth>
          {t('designer.run')}
        </Button>
        {notice ? (
          <Text size="xs" c="teal" ta="center" data-testid="plan-notice">
            {notice}
          </Text>
        ) : (
          <Text size="xs" c="dimmed" ta="center">
            {isNew ? t('designer.saveToRun') : draft.dirty ? t('designer.saveChangesToRun') : t('designer.versionIsSaved', { version })}
          </Text>
        )}
        {!draft.kept && (
          <Text size="xs" c="orange" ta="center" data-testid="plan-not-kept">
            {words('notKept')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

import { Badge, Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { DraftToolbar } from '../../drafts/DraftToolbar';
import type { DraftState } from '../../drafts/draftState';
import { LIFECYCLE_FIELDS, type LifecycleField, type LifecycleForm, type LifecycleFormErrors } from './lifecycleForm';
import { useTranslation } from 'react-i18next';

const FIELD_DECIMALS: Readonly<Record<LifecycleField, number>> = {
  lapsedAfterDays: 0,
  newWithinDays: 0,
  atRiskBelowProbabilityAlive: 2,
  atRiskGapMultiple: 1,
  atRiskMinGapDays: 0,
  developmentMaxPurchases: 0,
};

interface LifecycleRulesFormProps {
  form: LifecycleForm;
  errors: LifecycleFormErrors;
  /** The rules' draft: whether they differ from the rules in force, and its undo and redo. */
  draft: Pick<DraftState<LifecycleForm>, 'dirty' | 'canUndo' | 'canRedo' | 'undo' | 'redo' | 'kept'>;
  applying: boolean;
  onChange: (form: LifecycleForm) => void;
  onApply: () => void;
  onReset: () => void;
}

/** The stage rules as plain-words number fields, with the schema's message under a wrong one. */
export function LifecycleRulesForm({ form, errors, draft, applying, onChange, onApply, onReset }: LifecycleRulesFormProps) {
  const { t } = useTranslation('segments');
  const { t: words } = useTranslation('drafts');
  return (
    <Stack gap="sm" data-testid="lifecycle-rules">
      <div>
        <Text size="sm" fw={600}>
          {t('lifecycle.editRules')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('lifecycle.rulesIntro')}
        </Text>
      </div>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        {LIFECYCLE_FIELDS.map((field) => {
          const decimals = FIELD_DECIMALS[field];
          const suffix = t(`lifecycle.fields.${field}.suffix`);
          return (
            <NumberInput
              key={field}
              size="xs"
              label={t(`lifecycle.fields.${field}.label`)}
              description={t(`lifecycle.fields.${field}.description`)}
              suffix={suffix === '' ? undefined : suffix}
              decimalScale={decimals}
              allowDecimal={decimals > 0}
              step={decimals > 1 ? 0.05 : 1}
              value={form[field]}
              error={errors[field]}
              onChange={(v) => onChange({ ...form, [field]: typeof v === 'number' ? v : '' })}
              data-testid={`lifecycle-${field}`}
            />
          );
        })}
      </SimpleGrid>
      <Group justify="space-between" gap="sm">
        <DraftToolbar draft={draft} testId="lifecycle" />
        <Group gap="sm">
          {draft.dirty && (
            <Badge variant="light" color="orange" data-testid="lifecycle-dirty">
              {words('unsaved')}
            </Badge>
          )}
          <Button size="xs" variant="subtle" color="gray" leftSection={<IconRefresh size={14} />} onClick={onReset}>
            {t('lifecycle.defaultRules')}
          </Button>
          <Button size="xs" onClick={onApply} loading={applying} disabled={!draft.dirty} data-testid="lifecycle-apply">
            {t('lifecycle.apply')}
          </Button>
        </Group>
      </Group>
      {!draft.kept && (
        <Text size="xs" c="orange">
          {words('notKept')}
        </Text>
      )}
    </Stack>
  );
}

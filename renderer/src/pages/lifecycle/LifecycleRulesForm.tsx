import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { LIFECYCLE_FIELDS, type LifecycleField, type LifecycleForm, type LifecycleFormErrors } from './lifecycleForm';

interface FieldText {
  label: string;
  description: string;
  suffix?: string;
  decimals: number;
}

const FIELD_TEXT: Readonly<Record<LifecycleField, FieldText>> = {
  lapsedAfterDays: { label: 'Lapsed after', description: 'No purchase for longer: win-back', suffix: ' days', decimals: 0 },
  newWithinDays: { label: 'New for', description: 'First purchase this recent: acquisition', suffix: ' days', decimals: 0 },
  atRiskBelowProbabilityAlive: { label: 'At risk below chance active', description: 'Model’s probability still active, 0 to 1', decimals: 2 },
  atRiskGapMultiple: { label: 'At risk after', description: 'Times their usual gap between purchases', suffix: ' × usual gap', decimals: 1 },
  atRiskMinGapDays: { label: 'At risk, shortest silence', description: 'So frequent buyers are not flagged early', suffix: ' days', decimals: 0 },
  developmentMaxPurchases: { label: 'Development up to', description: 'Purchases so far; more is retention', suffix: ' purchases', decimals: 0 },
};

interface LifecycleRulesFormProps {
  form: LifecycleForm;
  errors: LifecycleFormErrors;
  changed: boolean;
  applying: boolean;
  onChange: (form: LifecycleForm) => void;
  onApply: () => void;
  onReset: () => void;
}

/** The stage rules as plain-words number fields, with the schema's message under a wrong one. */
export function LifecycleRulesForm({ form, errors, changed, applying, onChange, onApply, onReset }: LifecycleRulesFormProps) {
  return (
    <Stack gap="sm" data-testid="lifecycle-rules">
      <div>
        <Text size="sm" fw={600}>
          Edit rules
        </Text>
        <Text size="xs" c="dimmed">
          Rules are tried in order (lapsed, new, at risk, development, retention) and the first that holds decides the stage.
        </Text>
      </div>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        {LIFECYCLE_FIELDS.map((field) => {
          const text = FIELD_TEXT[field];
          return (
            <NumberInput
              key={field}
              size="xs"
              label={text.label}
              description={text.description}
              suffix={text.suffix}
              decimalScale={text.decimals}
              allowDecimal={text.decimals > 0}
              step={text.decimals > 1 ? 0.05 : 1}
              value={form[field]}
              error={errors[field]}
              onChange={(v) => onChange({ ...form, [field]: typeof v === 'number' ? v : '' })}
              data-testid={`lifecycle-${field}`}
            />
          );
        })}
      </SimpleGrid>
      <Group justify="flex-end" gap="sm">
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconRefresh size={14} />} onClick={onReset}>
          Default rules
        </Button>
        <Button size="xs" onClick={onApply} loading={applying} disabled={!changed} data-testid="lifecycle-apply">
          Apply
        </Button>
      </Group>
    </Stack>
  );
}

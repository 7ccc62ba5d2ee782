import { Button, Group, NumberInput, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconChartDots3 } from '@tabler/icons-react';
import type { SegmentMethod } from '../../../../shared/contract/segmentSchemas';
import type { SegmentForm, SegmentFormErrors } from './segmentForm';

const METHODS: { value: SegmentMethod; label: string; about: string }[] = [
  { value: 'tiers', label: 'Value tiers', about: 'Top 10%, next 20%, next 30% and the rest, by lifetime value.' },
  { value: 'rfm', label: 'RFM grid', about: 'Classic recency, frequency and monetary scores, grouped into named cells.' },
  { value: 'kmeans', label: 'k-means', about: 'Clusters of customers who look alike on all value features at once.' },
];

interface SegmentSettingsFormProps {
  form: SegmentForm;
  errors: SegmentFormErrors;
  running: boolean;
  disabled: boolean;
  onChange: (form: SegmentForm) => void;
  onRun: () => void;
}

const asNumber = (v: string | number): number | '' => (typeof v === 'number' ? v : '');

/** How to segment, and how customers are valued before they are grouped. */
export function SegmentSettingsForm({ form, errors, running, disabled, onChange, onRun }: SegmentSettingsFormProps) {
  const method = METHODS.find((m) => m.value === form.method);
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Group align="flex-start" gap="xl" wrap="nowrap">
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Method
            </Text>
            <SegmentedControl data={METHODS} value={form.method} onChange={(v) => onChange({ ...form, method: v as SegmentMethod })} data-testid="segment-method" />
            <Text size="xs" c="dimmed" maw={380}>
              {method?.about}
            </Text>
          </Stack>
          {form.method === 'kmeans' && (
            <NumberInput
              label="Segments (k)"
              description="Empty: suggested by silhouette"
              placeholder="Suggested"
              value={form.k}
              onChange={(v) => onChange({ ...form, k: asNumber(v) })}
              error={errors.k}
              min={2}
              max={12}
              allowDecimal={false}
              w={190}
              data-testid="segment-k"
            />
          )}
        </Group>
        <Group align="flex-start" gap="lg" wrap="nowrap">
          <NumberInput
            label="Horizon"
            description="Lifetime value over"
            suffix=" months"
            value={form.horizonMonths}
            onChange={(v) => onChange({ ...form, horizonMonths: asNumber(v) })}
            error={errors.horizonMonths}
            allowDecimal={false}
            w={190}
            data-testid="value-horizon"
          />
          <NumberInput
            label="Discount rate"
            description="Per year, on future margin"
            suffix="%"
            value={form.discountRatePercent}
            onChange={(v) => onChange({ ...form, discountRatePercent: asNumber(v) })}
            error={errors.discountRatePercent}
            decimalScale={2}
            w={190}
            data-testid="value-discount"
          />
          <NumberInput
            label="Gross margin"
            description="Empty: the workspace’s own"
            placeholder="Workspace margin"
            suffix="%"
            value={form.marginPercent}
            onChange={(v) => onChange({ ...form, marginPercent: asNumber(v) })}
            error={errors.marginPercent}
            decimalScale={2}
            w={190}
            data-testid="value-margin"
          />
          <Button leftSection={<IconChartDots3 size={16} />} onClick={onRun} loading={running} disabled={disabled} mt={46} ml="auto" data-testid="run-segmentation">
            Segment customers
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

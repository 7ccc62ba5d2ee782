import { Box, Button, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Assumption } from '../../../../shared/plan/assumption';
import type { AssumptionUnit } from './assumptionText';
import { AssumptionInput } from './AssumptionInput';
import { errorUnder, removeAt, replaceAt, type Draft, type FieldErrors } from './planForm';
import { RemoveButton } from './RowButtons';
import { addSegmentRow, nextFreeSegment, pickSegments, segmentChoices, segmentLabel } from './segmentRows';

const options = (names: readonly string[], all: string) => names.map((n) => ({ value: n, label: segmentLabel(n, all) }));

interface SegmentSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  segmentNames: readonly string[] | null;
  error?: string | undefined;
  w?: number;
  hideLabel?: boolean;
  /** A small label above (in a row of distribution parameters); the full label still names it. */
  smallLabel?: string;
}

const SMALL_LABEL = { label: { fontSize: 'var(--mantine-font-size-xs)', fontWeight: 400, color: 'var(--mantine-color-dimmed)' } };

/** One segment name, "*" for all. */
export function SegmentSelect({ label, value, onChange, segmentNames, error, w = 190, hideLabel, smallLabel }: SegmentSelectProps) {
  const { t } = useTranslation('plan');
  return (
    <Select
      label={smallLabel ?? (hideLabel ? undefined : label)}
      styles={smallLabel ? SMALL_LABEL : undefined}
      aria-label={label}
      data={options(segmentChoices(segmentNames, [value]), t('segments.all'))}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      error={error}
      size="xs"
      w={w}
    />
  );
}

interface SegmentsMultiSelectProps {
  label: string;
  description?: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  segmentNames: readonly string[] | null;
  /** More names to offer (tier names for privileges). */
  extraNames?: readonly string[];
  error?: string | undefined;
  size?: 'xs' | 'sm';
  hideLabel?: boolean;
  w?: number | string;
}

/** Several segment names, where "*" (all) and named segments exclude each other. */
export function SegmentsMultiSelect({ label, description, value, onChange, segmentNames, extraNames = [], error, size = 'sm', hideLabel, w }: SegmentsMultiSelectProps) {
  const { t } = useTranslation('plan');
  return (
    <MultiSelect
      label={hideLabel ? undefined : label}
      description={description}
      aria-label={label}
      data={options(segmentChoices([...(segmentNames ?? []), ...extraNames], value), t('segments.all'))}
      value={[...value]}
      onChange={(next) => onChange(pickSegments(value, next))}
      error={error}
      size={size}
      w={w}
    />
  );
}

interface SegmentRowsProps {
  /** What the figure is, e.g. "Enrolment rate"; names each row's inputs. */
  label: string;
  unit: AssumptionUnit;
  rows: Draft<{ segment: string; value: Assumption }>[];
  onChange: (rows: Draft<{ segment: string; value: Assumption }>[]) => void;
  /** Draft path of the list, for its errors. */
  path: string;
  errors: FieldErrors;
  segmentNames: readonly string[] | null;
  defaultValue: Assumption | null;
  testId: string;
}

/** A figure per segment: a "*" row for everyone, and rows for segments that differ. */
export function SegmentAssumptionRows({ label, unit, rows, onChange, path, errors, segmentNames, defaultValue, testId }: SegmentRowsProps) {
  const { t } = useTranslation('plan');
  const all = t('segments.all');
  const choices = segmentChoices(segmentNames, rows.map((r) => r.segment));
  const canAdd = nextFreeSegment(rows, choices) !== null;
  return (
    <Stack gap="xs" data-testid={testId}>
      {rows.map((row, i) => (
        <Group key={i} gap="sm" align="flex-start" wrap="nowrap" data-testid={`${testId}-row`}>
          <SegmentSelect
            label={t('segments.rowAria', { label, row: i + 1 })}
            smallLabel={t('segments.segment')}
            value={row.segment}
            onChange={(segment) => onChange(replaceAt(rows, i, { ...row, segment }))}
            segmentNames={segmentNames}
            error={errors[`${path}.${i}.segment`]}
          />
          <AssumptionInput
            label={t('segments.valueAria', { label, segment: segmentLabel(row.segment, all) })}
            hideLabel
            unit={unit}
            value={row.value}
            onChange={(value) => onChange(replaceAt(rows, i, { ...row, value }))}
            defaultValue={defaultValue}
            error={errorUnder(errors, `${path}.${i}.value`)}
          />
          <Box pt={26}>
            <RemoveButton label={t('segments.removeRow', { segment: segmentLabel(row.segment, all) })} disabled={rows.length === 1} why={t('segments.oneRowNeeded')} onClick={() => onChange(removeAt(rows, i))} />
          </Box>
        </Group>
      ))}
      <Group gap="sm">
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} disabled={!canAdd} onClick={() => onChange(addSegmentRow(rows, choices))}>
          {t('segments.add')}
        </Button>
        {!segmentNames && (
          <Text size="xs" c="dimmed">
            {t('segments.noSegments')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

import { ActionIcon, Box, Group, Input, NumberInput, Popover, Select, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowBackUp, IconInfoCircle, IconPencil } from '@tabler/icons-react';
import type { Assumption, Distribution } from '../../../../shared/plan/assumption';
import { describeDistribution, fromShown, parameterOf, KIND_LABELS, KIND_PARAMETERS, toShown, UNIT_SUFFIX, type AssumptionUnit } from './assumptionText';
import { convertDistribution } from './planDefaults';
import { asNumber, type Draft } from './planForm';

export interface AssumptionInputProps {
  label: string;
  /** What the figure means, in a sentence; shown under the label. */
  description?: string;
  unit: AssumptionUnit;
  value: Draft<Assumption>;
  onChange: (value: Draft<Assumption>) => void;
  /** What "reset to default" restores; null hides the action. */
  defaultValue: Assumption | null;
  error?: string | undefined;
  /** In a table cell: one line that opens the editor in a popover. */
  compact?: boolean;
  /** Without its own label (a table or row supplies it); the label still names the inputs. */
  hideLabel?: boolean;
  testId?: string;
}

const PARAMETER_LABEL = { label: { fontSize: 'var(--mantine-font-size-xs)', fontWeight: 400, color: 'var(--mantine-color-dimmed)' } };
const KIND_OPTIONS = (Object.keys(KIND_LABELS) as Distribution['kind'][]).map((k) => ({ value: k, label: KIND_LABELS[k] }));

/**
 * A behavioural assumption: its kind of distribution, its parameters in the field's unit, where
 * the default came from, and a way back to that default.
 */
export function AssumptionInput(props: AssumptionInputProps) {
  return props.compact ? <CompactAssumption {...props} /> : <AssumptionEditor {...props} />;
}

function AssumptionEditor({ label, description, unit, value, onChange, defaultValue, error, hideLabel, testId, stacked }: AssumptionInputProps & { stacked?: boolean }) {
  const dist = value.dist;
  const isDefault = defaultValue !== null && JSON.stringify(defaultValue.dist) === JSON.stringify(dist);
  const setParameter = (key: string, shown: number | '') => onChange({ ...value, dist: { ...dist, [key]: fromShown(shown, unit) } as Draft<Distribution> });
  const controls = (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        aria-label={`${label}: distribution`}
        label="Distribution"
        data={KIND_OPTIONS}
        value={dist.kind}
        onChange={(kind) => kind && onChange({ ...value, dist: convertDistribution(dist, kind as Distribution['kind']) })}
        allowDeselect={false}
        size="xs"
        w={118}
        style={{ flexShrink: 0 }}
        styles={PARAMETER_LABEL}
        data-testid={testId ? `${testId}-kind` : undefined}
      />
      {KIND_PARAMETERS[dist.kind].map(([key, name]) => (
        <NumberInput
          key={key}
          size="xs"
          w={80}
          style={{ flexShrink: 0 }}
          label={name}
          styles={PARAMETER_LABEL}
          aria-label={`${label}: ${name.toLowerCase()}`}
          value={toShown(parameterOf(dist, key), unit)}
          onChange={(v) => setParameter(key, asNumber(v))}
          suffix={UNIT_SUFFIX[unit]}
          decimalScale={4}
          hideControls
          error={Boolean(error)}
        />
      ))}
      <Group gap={2} wrap="nowrap" mb={3} style={{ flexShrink: 0 }}>
        <Tooltip label={value.source ? value.source : 'No source given'} multiline w={340} withArrow>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`${label}: source`}>
            <IconInfoCircle size={15} />
          </ActionIcon>
        </Tooltip>
        {defaultValue && (
          <Tooltip label={isDefault ? 'At its default' : `Reset to the default: ${describeDistribution(defaultValue.dist, unit)}`} withArrow>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              disabled={isDefault}
              // A disabled subtle icon would get a grey block behind it; faded is enough.
              style={isDefault ? { background: 'transparent', opacity: 0.35 } : undefined}
              aria-label={`${label}: reset to default`}
              onClick={() => onChange(structuredClone(defaultValue))}
              data-testid={testId ? `${testId}-reset` : undefined}
            >
              <IconArrowBackUp size={15} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    </Group>
  );
  // In a list of rows the source repeats on every row; there the info icon carries it.
  const footnote = error ? (
    <Text size="xs" c="red">
      {error}
    </Text>
  ) : value.source && !hideLabel ? (
    <Text size="xs" c="dimmed" lineClamp={1} title={value.source} maw={560}>
      {value.source}
    </Text>
  ) : null;
  if (hideLabel || stacked) {
    return (
      <Stack gap={4} data-testid={testId}>
        {!hideLabel && (
          <Box>
            <Input.Label>{label}</Input.Label>
            {description && <Input.Description>{description}</Input.Description>}
          </Box>
        )}
        {controls}
        {footnote}
      </Stack>
    );
  }
  // Label on the left, figures on the right: a column of assumptions reads like a table.
  return (
    <Group gap="lg" align="flex-start" wrap="nowrap" data-testid={testId}>
      <Box w={220} pt={16} style={{ flexShrink: 0 }}>
        <Input.Label>{label}</Input.Label>
        {description && <Input.Description>{description}</Input.Description>}
      </Box>
      <Stack gap={4} style={{ minWidth: 0 }}>
        {controls}
        {footnote}
      </Stack>
    </Group>
  );
}

function CompactAssumption(props: AssumptionInputProps) {
  const { label, unit, value, error, testId } = props;
  return (
    <Popover width={600} position="bottom-start" shadow="md" withArrow trapFocus>
      <Popover.Target>
        <Tooltip label={error ?? value.source ?? ''} disabled={!error && !value.source} multiline w={320} withArrow openDelay={400}>
          <UnstyledButton
            aria-label={`${label}: ${KIND_LABELS[value.dist.kind].toLowerCase()} ${describeDistribution(value.dist, unit)}, edit`}
            data-testid={testId}
            px={8}
            py={4}
            style={{
              borderRadius: 'var(--mantine-radius-sm)',
              border: `1px solid ${error ? 'var(--mantine-color-error)' : 'var(--mantine-color-default-border)'}`,
              whiteSpace: 'nowrap',
              fontVariantNumeric: 'tabular-nums',
            }}
          >
            <Text size="xs" c={error ? 'red' : undefined}>
              {describeDistribution(value.dist, unit)}
              <IconPencil size={11} style={{ marginLeft: 6, opacity: 0.5, verticalAlign: -1 }} />
            </Text>
          </UnstyledButton>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <AssumptionEditor {...props} compact={false} hideLabel={false} stacked testId={testId ? `${testId}-editor` : undefined} />
      </Popover.Dropdown>
    </Popover>
  );
}

import { ActionIcon, Box, Group, Input, NumberInput, Popover, Select, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowBackUp, IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { appLocale } from '../../format/formatters';
import type { Assumption, Distribution } from '../../../../shared/plan/assumption';
import { describeDistribution, fromShown, parameterOf, KIND_LABELS, KIND_PARAMETERS, toShown, UNIT_SUFFIX, type AssumptionUnit, type DistributionWords } from './assumptionText';
import { convertDistribution } from './planDefaults';
import { asNumber, type Draft } from './planForm';
import type { PlanT } from './planText';

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
const KINDS = Object.keys(KIND_LABELS) as Distribution['kind'][];

/** A parameter's name in the interface's language; a normal's low and high are its bounds. */
function parameterName(t: PlanT, kind: Distribution['kind'], key: string): string {
  const named = kind === 'normal' && key === 'low' ? 'lowBound' : kind === 'normal' && key === 'high' ? 'highBound' : key;
  return t(`assumption.parameters.${named as 'value' | 'low' | 'high' | 'mode' | 'mean' | 'sd' | 'lowBound' | 'highBound'}`);
}

/** Units and figures of a distribution as the interface writes them. */
export function useDistributionWords(): DistributionWords {
  const { t } = useTranslation('plan');
  return { suffixes: { ...UNIT_SUFFIX, weeks: t('assumption.weeksSuffix') }, locale: appLocale() };
}

/**
 * A behavioural assumption: its kind of distribution, its parameters in the field's unit, where
 * the default came from, and a way back to that default.
 */
export function AssumptionInput(props: AssumptionInputProps) {
  return props.compact ? <CompactAssumption {...props} /> : <AssumptionEditor {...props} />;
}

function AssumptionEditor({ label, description, unit, value, onChange, defaultValue, error, hideLabel, testId, stacked }: AssumptionInputProps & { stacked?: boolean }) {
  const { t } = useTranslation('plan');
  const words = useDistributionWords();
  const dist = value.dist;
  const isDefault = defaultValue !== null && JSON.stringify(defaultValue.dist) === JSON.stringify(dist);
  const setParameter = (key: string, shown: number | '') => onChange({ ...value, dist: { ...dist, [key]: fromShown(shown, unit) } as Draft<Distribution> });
  const controls = (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        aria-label={t('assumption.kindAria', { label })}
        label={t('assumption.distribution')}
        data={KINDS.map((k) => ({ value: k, label: t(`assumption.kinds.${k}`) }))}
        value={dist.kind}
        onChange={(kind) => kind && onChange({ ...value, dist: convertDistribution(dist, kind as Distribution['kind']) })}
        allowDeselect={false}
        size="xs"
        w={118}
        style={{ flexShrink: 0 }}
        styles={PARAMETER_LABEL}
        data-testid={testId ? `${testId}-kind` : undefined}
      />
      {KIND_PARAMETERS[dist.kind].map(([key]) => {
        const name = parameterName(t, dist.kind, key);
        return (
        <NumberInput
          key={key}
          size="xs"
          w={80}
          style={{ flexShrink: 0 }}
          label={name}
          styles={PARAMETER_LABEL}
          aria-label={t('assumption.parameterAria', { label, name: name.toLowerCase() })}
          value={toShown(parameterOf(dist, key), unit)}
          onChange={(v) => setParameter(key, asNumber(v))}
          suffix={words.suffixes[unit]}
          decimalScale={4}
          decimalSeparator={words.locale.startsWith('es') ? ',' : '.'}
          hideControls
          error={Boolean(error)}
        />
        );
      })}
      <Group gap={2} wrap="nowrap" mb={3} style={{ flexShrink: 0 }}>
        <Tooltip label={value.source ? value.source : t('assumption.noSource')} multiline w={340} withArrow>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('assumption.sourceAria', { label })}>
            <IconInfoCircle size={15} />
          </ActionIcon>
        </Tooltip>
        {defaultValue && (
          <Tooltip label={isDefault ? t('assumption.atDefault') : t('assumption.resetTo', { value: describeDistribution(defaultValue.dist, unit, words) })} withArrow>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              disabled={isDefault}
              // A disabled subtle icon would get a grey block behind it; faded is enough.
              style={isDefault ? { background: 'transparent', opacity: 0.35 } : undefined}
              aria-label={t('assumption.resetAria', { label })}
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
  const { t } = useTranslation('plan');
  const words = useDistributionWords();
  return (
    <Popover width={600} position="bottom-start" shadow="md" withArrow trapFocus>
      <Popover.Target>
        <Tooltip label={error ?? value.source ?? ''} disabled={!error && !value.source} multiline w={320} withArrow openDelay={400}>
          <UnstyledButton
            aria-label={t('assumption.compactAria', { label, kind: t(`assumption.kinds.${value.dist.kind}`).toLowerCase(), value: describeDistribution(value.dist, unit, words) })}
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
              {describeDistribution(value.dist, unit, words)}
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

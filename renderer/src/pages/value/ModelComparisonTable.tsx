import { Badge, Group, Paper, Radio, Table, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { ModelKey } from '../../../../shared/contract/modelSchemas';
import type { ModelValidation } from '../../../../shared/domain/modelValidation';
import type { Formatters } from '../../format/formatters';
import { useTranslation } from 'react-i18next';

interface ModelComparisonTableProps {
  validation: ModelValidation;
  selected: ModelKey | null;
  onSelect: (key: ModelKey) => void;
  format: Formatters;
}

const HEADERS = ['logLikelihood', 'aic', 'bic', 'mae', 'totalError'] as const;

/** The purchase models side by side; the recommended one badged, the selected one drives the details below. */
export function ModelComparisonTable({ validation, selected, onSelect, format }: ModelComparisonTableProps) {
  const { t } = useTranslation('value');
  const signedPercent = (share: number) => (Number.isFinite(share) ? `${share > 0 ? '+' : ''}${format.percent(share)}` : '–');
  return (
    <Paper withBorder radius="md" p="lg" data-testid="model-comparison">
      <Text fw={600} size="sm">
        {t('comparison.title')}
      </Text>
      <Text size="sm" mb="md" data-testid="model-recommendation">
        {validation.recommendation}
      </Text>
      <Table highlightOnHover verticalSpacing={8} fz="sm" className="lw-figures">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36} />
            <Table.Th>{t('comparison.purchaseModel')}</Table.Th>
            {HEADERS.map((h) => (
              <Table.Th key={h} ta="right">
                <Tooltip label={t(`comparison.${h}About`)} withArrow multiline maw={260} openDelay={300}>
                  <span>{t(`comparison.${h}`)}</span>
                </Tooltip>
              </Table.Th>
            ))}
            <Table.Th ta="center">{t('comparison.converged')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {validation.purchaseModels.map((m) => (
            <Table.Tr key={m.key} onClick={() => onSelect(m.key)} style={{ cursor: 'pointer' }} data-testid={`model-row-${m.key}`} aria-selected={m.key === selected}>
              <Table.Td>
                <Radio checked={m.key === selected} onChange={() => onSelect(m.key)} aria-label={t('comparison.show', { model: m.label })} size="xs" />
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {m.label}
                  </Text>
                  {m.key === validation.recommended && (
                    <Badge size="sm" variant="light" color="teal" data-testid="recommended-badge">
                      {t('comparison.recommended')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ta="right">{format.decimal(m.logLikelihood)}</Table.Td>
              <Table.Td ta="right">{format.decimal(m.aic)}</Table.Td>
              <Table.Td ta="right">{format.decimal(m.bic)}</Table.Td>
              <Table.Td ta="right">{m.holdout ? format.estimate(m.holdout.meanAbsoluteError) : '–'}</Table.Td>
              <Table.Td ta="right">{m.holdout ? signedPercent(m.holdout.totalError) : '–'}</Table.Td>
              <Table.Td>
                <Group justify="center">
                  <ThemeIcon size={20} radius="xl" variant="light" color={m.converged ? 'teal' : 'red'} aria-label={m.converged ? t('comparison.converged') : t('comparison.notConverged')}>
                    {m.converged ? <IconCheck size={13} /> : <IconX size={13} />}
                  </ThemeIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

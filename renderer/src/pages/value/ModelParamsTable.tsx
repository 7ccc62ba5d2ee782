import { Paper, Table, Text } from '@mantine/core';
import type { ModelFitSummary } from '../../../../shared/domain/modelValidation';
import type { Formatters } from '../../format/formatters';
import { useTranslation } from 'react-i18next';

interface ModelParamsTableProps {
  model: ModelFitSummary;
  title: string;
  subtitle: string;
  format: Formatters;
  testId: string;
}

/** A fitted model's parameters with their standard errors and 95% intervals. */
export function ModelParamsTable({ model, title, subtitle, format, testId }: ModelParamsTableProps) {
  const { t } = useTranslation('value');
  return (
    <Paper withBorder radius="md" p="lg" h="100%" data-testid={testId}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {subtitle}
      </Text>
      <Table verticalSpacing={6} fz="sm" className="lw-figures">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('params.parameter')}</Table.Th>
            <Table.Th ta="right">{t('params.estimate')}</Table.Th>
            <Table.Th ta="right">{t('params.standardError')}</Table.Th>
            <Table.Th ta="right">{t('params.interval')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {model.params.map((p) => (
            <Table.Tr key={p.name}>
              <Table.Td ff="monospace">{p.name}</Table.Td>
              <Table.Td ta="right">{format.estimate(p.value)}</Table.Td>
              <Table.Td ta="right">{format.estimate(p.standardError)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {format.estimate(p.lower95)} – {format.estimate(p.upper95)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        {t('params.footer', {
          customers: format.count(model.n),
          iterations: model.iterations,
          seconds: format.decimal(model.fitMs / 1000),
          state: model.converged ? t('params.converged') : t('params.notConverged'),
        })}
      </Text>
    </Paper>
  );
}

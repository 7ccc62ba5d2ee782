import { List, Paper, ScrollArea, Table, Text } from '@mantine/core';
import type { SegmentationResult } from '../../../../shared/domain/segmentation';
import type { Formatters } from '../../format/formatters';
import { segmentModelRows, segmentModelsNotFitted } from './segmentEdits';
import { useTranslation } from 'react-i18next';

const dash = '–';

/** The BG/NBD purchase model fitted on each segment, against one fitted on all of them; then the segments that have none, and why. */
export function SegmentModelsTable({ result, format }: { result: SegmentationResult; format: Formatters }) {
  const { t } = useTranslation('segments');
  const rows = segmentModelRows(result);
  const notFitted = segmentModelsNotFitted(result);
  if (rows.length === 0 && notFitted.length === 0) return null;
  const estimate = (v: number | null) => (v === null ? dash : format.estimate(v));
  return (
    <Paper withBorder radius="md" p="lg" data-testid="segment-models">
      <Text fw={600} size="sm">
        {t('models.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {t('models.intro')}
      </Text>
      <ScrollArea type="auto">
        <Table verticalSpacing={6} fz="sm" className="lw-figures" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('models.segment')}</Table.Th>
              <Table.Th ta="right">{t('models.customers')}</Table.Th>
              <Table.Th ta="right">r</Table.Th>
              <Table.Th ta="right">alpha</Table.Th>
              <Table.Th ta="right">a</Table.Th>
              <Table.Th ta="right">b</Table.Th>
              <Table.Th ta="right" title={t('models.purchaseRateAbout')}>
                {t('models.purchaseRate')}
              </Table.Th>
              <Table.Th ta="right" title={t('models.dropoutAbout')}>
                {t('models.dropout')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const pooled = row.key === 'pooled';
              return (
                <Table.Tr key={row.key} fw={pooled ? 600 : undefined} bg={pooled ? 'var(--lw-group-row-bg)' : undefined} data-testid={pooled ? 'segment-model-pooled' : 'segment-model-row'}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{pooled ? t('models.pooled') : row.name}</Table.Td>
                  <Table.Td ta="right">{row.customers === null ? dash : format.count(row.customers)}</Table.Td>
                  <Table.Td ta="right">{estimate(row.params.r)}</Table.Td>
                  <Table.Td ta="right">{estimate(row.params.alpha)}</Table.Td>
                  <Table.Td ta="right">{estimate(row.params.a)}</Table.Td>
                  <Table.Td ta="right">{estimate(row.params.b)}</Table.Td>
                  <Table.Td ta="right">{estimate(row.purchaseRate)}</Table.Td>
                  <Table.Td ta="right">{row.dropout === null ? dash : row.dropout > 0 && row.dropout < 0.0005 ? `< ${format.percent(0.001)}` : format.percent(row.dropout)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {notFitted.length > 0 && (
        <>
          <Text size="xs" c="dimmed" mt="md">
            {t('models.notFittedIntro')}
          </Text>
          <List size="xs" c="dimmed" spacing={2} data-testid="segment-models-not-fitted">
            {notFitted.map((m) => (
              <List.Item key={m.key}>
                {m.problem.code === 'too-few-customers'
                  ? t('models.notFitted.tooFewCustomers', { name: m.name, customers: format.count(m.customers), minimum: format.count(m.problem.minimumCustomers) })
                  : m.problem.code === 'no-repeat-buyers'
                    ? t('models.notFitted.noRepeatBuyers', { name: m.name })
                    : t('models.notFitted.fitFailed', { name: m.name, detail: m.problem.detail })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}

import { Alert, Checkbox, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ATTRIBUTE_KINDS } from '../../../../shared/domain/attributes';
import type { ImportPreview } from '../../../../shared/domain/imports';
import { checkAttributes, columnSamples, type AttributeColumnDraft, type AttributeDraft } from '../importForm';
import { ColumnSamples } from './ColumnSamples';
import { useImportWords } from '../useImportWords';
import { useTranslation } from 'react-i18next';

interface AttributeColumnsProps {
  preview: ImportPreview;
  draft: AttributeDraft;
  onChange: (draft: AttributeDraft) => void;
  attempted: boolean;
}

function KindGuide() {
  const { t } = useTranslation('data');
  return (
    <SimpleGrid cols={5} spacing="xs">
      {ATTRIBUTE_KINDS.map((kind) => (
        <Paper key={kind} withBorder radius="md" px="sm" py={8}>
          <Text size="xs" fw={700}>
            {t(`kinds.${kind}.label`)}
          </Text>
          <Text size="xs" c="dimmed" lh={1.35}>
            {t(`kinds.${kind}.about`)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** Step 3 for customer attributes: the id column, then which columns to keep and as what. */
export function AttributeColumns({ preview, draft, onChange, attempted }: AttributeColumnsProps) {
  const { t } = useTranslation('import');
  const { t: td } = useTranslation('data');
  const words = useImportWords();
  const kindOptions = ATTRIBUTE_KINDS.map((kind) => ({ value: kind, label: td(`kinds.${kind}.label`) }));
  const check = checkAttributes(draft, words.validation);
  const options = preview.columns.map((c) => ({ value: String(c.index), label: c.name }));
  const lines = draft.columns.filter((c) => c.column !== draft.customerId);

  const update = (column: number, change: Partial<AttributeColumnDraft>) =>
    onChange({ ...draft, columns: draft.columns.map((c) => (c.column === column ? { ...c, ...change } : c)) });

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        {t('attributes.intro')}
      </Text>

      <Group align="flex-end" gap="lg" wrap="nowrap">
        <Select
          label={t('attributes.idColumn')}
          description={t('attributes.idColumnDescription')}
          data={options}
          value={draft.customerId === null ? null : String(draft.customerId)}
          onChange={(value) => onChange({ ...draft, customerId: value === null ? null : Number(value) })}
          allowDeselect={false}
          w={300}
          error={attempted && draft.customerId === null ? check.message : null}
          data-testid="import-attr-customer-id"
        />
        {draft.customerId !== null && (
          <Stack gap={4} pb={8}>
            <ColumnSamples values={columnSamples(preview, draft.customerId, 4)} />
          </Stack>
        )}
      </Group>

      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('attributes.fiveKinds')}
        </Text>
        <KindGuide />
      </Stack>

      {attempted && check.message && draft.customerId !== null && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={check.message} />
      )}

      <Table verticalSpacing={8} horizontalSpacing="sm" layout="fixed" data-testid="import-attribute-columns">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>{t('attributes.import')}</Table.Th>
            <Table.Th w="26%">{t('attributes.columnAndValues')}</Table.Th>
            <Table.Th w="26%">{t('attributes.name')}</Table.Th>
            <Table.Th w="19%">{t('attributes.kind')}</Table.Th>
            <Table.Th>{t('attributes.valuesAre')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.column} data-testid="import-attribute-line" style={{ opacity: line.include ? 1 : 0.55 }}>
              <Table.Td style={{ verticalAlign: 'top', paddingTop: 14 }}>
                <Checkbox
                  checked={line.include}
                  onChange={(event) => update(line.column, { include: event.currentTarget.checked })}
                  aria-label={t('attributes.importColumn', { column: line.header })}
                />
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Text size="sm" fw={600} truncate title={line.header}>
                  {line.header}
                </Text>
                <ColumnSamples values={columnSamples(preview, line.column, 3)} />
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <TextInput
                  value={line.name}
                  onChange={(event) => update(line.column, { name: event.currentTarget.value })}
                  disabled={!line.include}
                  error={line.include ? check.lineErrors[line.column] : undefined}
                  aria-label={t('attributes.nameFor', { column: line.header })}
                />
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Select
                  data={kindOptions}
                  value={line.kind}
                  onChange={(value) => {
                    const kind = ATTRIBUTE_KINDS.find((k) => k === value);
                    if (kind) update(line.column, { kind });
                  }}
                  allowDeselect={false}
                  disabled={!line.include}
                  renderOption={({ option }) => {
                    const kind = ATTRIBUTE_KINDS.find((k) => k === option.value);
                    return (
                      <div>
                        <Text size="sm">{option.label}</Text>
                        {kind && (
                          <Text size="xs" c="dimmed">
                            {td(`kinds.${kind}.about`)}
                          </Text>
                        )}
                      </div>
                    );
                  }}
                  aria-label={t('attributes.kindOf', { column: line.header })}
                />
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <SegmentedControl
                  size="sm"
                  data={[
                    { value: 'number', label: t('attributes.numbers') },
                    { value: 'text', label: t('attributes.text') },
                  ]}
                  value={line.valueType}
                  onChange={(value) => update(line.column, { valueType: value === 'number' ? 'number' : 'text' })}
                  disabled={!line.include}
                  aria-label={t('attributes.valueTypeOf', { column: line.header })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

import { Alert, Badge, Select, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Fragment } from 'react';
import type { ImportPreview } from '../../../../shared/domain/imports';
import { TRANSACTION_FIELDS, TRANSACTION_FIELD_INFO, checkMapping, columnSamples, type MappingDraft, type TransactionField } from '../importForm';
import { ColumnSamples } from './ColumnSamples';
import { CurrencyNotice } from '../CurrencyNotice';
import { customerIdGuess } from '../customerIdGuess';
import { useImportWords } from '../useImportWords';
import { useTranslation } from 'react-i18next';

interface TransactionColumnsProps {
  preview: ImportPreview;
  mapping: MappingDraft;
  onChange: (mapping: MappingDraft) => void;
  /** Next was pressed: missing required fields are pointed out from now on. */
  attempted: boolean;
}

const GROUPS: readonly { title: 'required' | 'optional'; fields: readonly TransactionField[] }[] = [
  { title: 'required', fields: TRANSACTION_FIELDS.filter((f) => TRANSACTION_FIELD_INFO[f].required) },
  { title: 'optional', fields: TRANSACTION_FIELDS.filter((f) => !TRANSACTION_FIELD_INFO[f].required) },
];

/** Step 3 for transactions: which column of the file is which field. */
export function TransactionColumns({ preview, mapping, onChange, attempted }: TransactionColumnsProps) {
  const { t, i18n } = useTranslation('import');
  const words = useImportWords();
  const check = checkMapping(mapping, words.validation);
  const options = preview.columns.map((c) => ({ value: String(c.index), label: c.name }));
  const guessedAmong = customerIdGuess(preview, mapping);

  const errorFor = (field: TransactionField): string | null => {
    const error = check.fieldErrors[field];
    if (!error) return null;
    const isClash = mapping[field] !== null;
    return isClash || attempted ? error : null;
  };

  return (
    <>
      <Text size="sm" c="dimmed" mb="md" maw={760}>
        {t('columns.intro')}
      </Text>
      {guessedAmong && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} mb="md" maw={760} data-testid="import-confirm-customer-id">
          {t('columns.confirmCustomerId', {
            columns: new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(guessedAmong.map((name) => `“${name}”`)),
          })}
        </Alert>
      )}
      <CurrencyNotice preview={preview} amountColumn={mapping.amount} />
      <Table verticalSpacing={10} horizontalSpacing="md" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="32%">{t('columns.field')}</Table.Th>
            <Table.Th w="30%">{t('columns.columnInFile')}</Table.Th>
            <Table.Th>{t('columns.firstValues')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {GROUPS.map((group) => (
            <Fragment key={group.title}>
              <Table.Tr bg="var(--lw-group-row-bg)">
                <Table.Td colSpan={3} py={6}>
                  <Text span size="xs" fw={700} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
                    {t(`columns.${group.title}`)}
                  </Text>
                </Table.Td>
              </Table.Tr>
              {group.fields.map((field) => {
                const info = { ...TRANSACTION_FIELD_INFO[field], ...words.fields[field] };
                const column = mapping[field];
                return (
                  <Table.Tr key={field}>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm" fw={600}>
                        {info.label}
                        {info.required && (
                          <Badge ml={8} size="xs" variant="light" color="gray" radius="sm" tt="none" fw={500}>
                            {t('columns.requiredBadge')}
                          </Badge>
                        )}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {info.hint}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Select
                        aria-label={t('columns.columnFor', { field: info.label })}
                        data={options}
                        value={column === null ? null : String(column)}
                        onChange={(value) => onChange({ ...mapping, [field]: value === null ? null : Number(value) })}
                        placeholder={info.required ? t('columns.chooseColumn') : t('columns.notInFile')}
                        clearable={!info.required}
                        allowDeselect={!info.required}
                        error={errorFor(field)}
                        data-testid={`import-map-${field}`}
                      />
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top', paddingTop: 16 }}>
                      {column === null ? (
                        <Text size="xs" c="dimmed">
                          —
                        </Text>
                      ) : (
                        <ColumnSamples values={columnSamples(preview, column, 4)} />
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

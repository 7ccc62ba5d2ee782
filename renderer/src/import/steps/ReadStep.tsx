import { Alert, Group, List, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReadOptions } from '../../../../shared/contract/importSchemas';
import { appLocale } from '../../format/formatters';
import { ImportErrorAlert } from '../ImportErrorAlert';
import { visibleWarnings } from '../importForm';
import { formatFileSize, thousandsChoiceOf, thousandsSeparatorOf, type Choice } from '../importLabels';
import { PreviewTable } from '../PreviewTable';
import type { ImportWizard } from '../useImportWizard';
import { useImportWords } from '../useImportWords';
import { useTranslation } from 'react-i18next';

interface SettingSelectProps<V extends string> {
  label: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
  /** True when the user set it; otherwise it was detected, and the field says so. */
  fixed: boolean;
  error?: string | null;
  /** Detection could not settle this one: the field asks to be checked instead of saying "detected". */
  caution?: string | null;
  testId: string;
}

function SettingSelect<V extends string>({ label, choices, value, onChange, fixed, error, caution, testId }: SettingSelectProps<V>) {
  const { t } = useTranslation('import');
  const description = caution ? (
    <Text span size="xs" c="var(--mantine-color-orange-text)" fw={500}>
      {caution}
    </Text>
  ) : fixed ? (
    t('read.setByYou')
  ) : (
    t('read.detected')
  );
  return (
    <Select
      label={label}
      description={description}
      data={choices.map((c) => ({ value: c.value, label: c.label }))}
      value={value}
      onChange={(next) => {
        const choice = choices.find((c) => c.value === next);
        if (choice) onChange(choice.value);
      }}
      allowDeselect={false}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}

/** Step 2: how to read the file, with the first rows re-read on every change. */
export function ReadStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('import');
  const words = useImportWords();
  const { preview, read, fixedRead, readError } = wizard;
  if (!preview || !read) return null;

  const change = <K extends keyof ReadOptions>(key: K) => (value: ReadOptions[K]) => wizard.changeRead(key, value);
  const errorFor = (field: keyof ReadOptions) => (readError?.field === field ? readError.message : null);
  const warnings = visibleWarnings(preview);

  return (
    <Stack gap="lg">
      <Group gap={8} wrap="nowrap">
        <IconFileSpreadsheet size={18} stroke={1.6} style={{ flexShrink: 0, opacity: 0.75 }} />
        <Text size="sm" fw={600} truncate title={preview.path}>
          {preview.fileName}
        </Text>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatFileSize(preview.fileBytes, appLocale())} · {preview.isSpreadsheet ? t('read.excelWorkbook') : t('read.textFile')}
        </Text>
      </Group>

      <Text size="sm" c="dimmed" maw={760}>
        {t('read.intro')}
      </Text>

      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md" verticalSpacing="sm">
        {preview.isSpreadsheet ? (
          <Select
            label={t('read.sheet')}
            description={fixedRead.sheet ? t('read.setByYou') : t('read.firstSheet')}
            data={preview.sheets}
            value={read.sheet ?? preview.sheets[0] ?? null}
            onChange={(sheet) => sheet && wizard.changeRead('sheet', sheet)}
            allowDeselect={false}
            data-testid="import-sheet"
          />
        ) : (
          <>
            <SettingSelect
              label={t('read.delimiter')}
              choices={words.delimiters}
              value={read.delimiter}
              onChange={change('delimiter')}
              fixed={fixedRead.delimiter !== undefined}
              testId="import-delimiter"
            />
            <SettingSelect
              label={t('read.encoding')}
              choices={words.encodings}
              value={read.encoding}
              onChange={change('encoding')}
              fixed={fixedRead.encoding !== undefined}
              testId="import-encoding"
            />
          </>
        )}
        <SettingSelect
          label={t('read.dateFormat')}
          choices={words.dateFormats}
          value={read.dateFormat}
          onChange={change('dateFormat')}
          fixed={fixedRead.dateFormat !== undefined}
          error={errorFor('dateFormat')}
          caution={preview.dateFormatAmbiguous ? t('read.dayOrMonth') : null}
          testId="import-date-format"
        />
        <SettingSelect
          label={t('read.decimal')}
          choices={words.decimals}
          value={read.decimalSeparator}
          onChange={change('decimalSeparator')}
          fixed={fixedRead.decimalSeparator !== undefined}
          error={errorFor('decimalSeparator')}
          testId="import-decimal"
        />
        <SettingSelect
          label={t('read.thousands')}
          choices={words.thousands}
          value={thousandsChoiceOf(read.thousandsSeparator)}
          onChange={(choice) => wizard.changeRead('thousandsSeparator', thousandsSeparatorOf(choice))}
          fixed={fixedRead.thousandsSeparator !== undefined}
          error={errorFor('thousandsSeparator')}
          testId="import-thousands"
        />
        <Stack gap={4} justify="flex-end" pb={8}>
          <Switch
            label={t('read.header')}
            description={read.hasHeader ? t('read.headerOn') : t('read.headerOff')}
            checked={read.hasHeader}
            onChange={(event) => wizard.changeRead('hasHeader', event.currentTarget.checked)}
            data-testid="import-has-header"
          />
        </Stack>
      </SimpleGrid>

      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title={t('read.pleaseCheck')} data-testid="import-read-warnings">
          <List size="sm" spacing={2}>
            {warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      {wizard.previewError !== null ? (
        <ImportErrorAlert title={t('read.cannotRead')} error={wizard.previewError} testId="import-preview-error" />
      ) : (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('read.firstRows')}
          </Text>
          <PreviewTable preview={preview} loading={wizard.previewLoading} />
        </Stack>
      )}
    </Stack>
  );
}

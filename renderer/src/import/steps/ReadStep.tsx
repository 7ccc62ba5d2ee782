import { Alert, Group, List, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReadOptions } from '../../../../shared/contract/importSchemas';
import { appLocale } from '../../format/formatters';
import { ImportErrorAlert } from '../ImportErrorAlert';
import { visibleWarnings } from '../importForm';
import {
  DATE_FORMAT_CHOICES,
  DECIMAL_CHOICES,
  DELIMITER_CHOICES,
  ENCODING_CHOICES,
  THOUSANDS_CHOICES,
  formatFileSize,
  thousandsChoiceOf,
  thousandsSeparatorOf,
  type Choice,
} from '../importLabels';
import { PreviewTable } from '../PreviewTable';
import type { ImportWizard } from '../useImportWizard';

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
  const description = caution ? (
    <Text span size="xs" c="var(--mantine-color-orange-text)" fw={500}>
      {caution}
    </Text>
  ) : fixed ? (
    'Set by you'
  ) : (
    'Detected from the file'
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
          {formatFileSize(preview.fileBytes, appLocale())} · {preview.isSpreadsheet ? 'Excel workbook' : 'text file'}
        </Text>
      </Group>

      <Text size="sm" c="dimmed" maw={760}>
        These settings were worked out from the start of the file. Check the rows below: if the columns are split wrongly or the
        numbers and dates look odd, change a setting and the preview is read again.
      </Text>

      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md" verticalSpacing="sm">
        {preview.isSpreadsheet ? (
          <Select
            label="Sheet"
            description={fixedRead.sheet ? 'Set by you' : 'The first sheet'}
            data={preview.sheets}
            value={read.sheet ?? preview.sheets[0] ?? null}
            onChange={(sheet) => sheet && wizard.changeRead('sheet', sheet)}
            allowDeselect={false}
            data-testid="import-sheet"
          />
        ) : (
          <>
            <SettingSelect
              label="Columns separated by"
              choices={DELIMITER_CHOICES}
              value={read.delimiter}
              onChange={change('delimiter')}
              fixed={fixedRead.delimiter !== undefined}
              testId="import-delimiter"
            />
            <SettingSelect
              label="Text encoding"
              choices={ENCODING_CHOICES}
              value={read.encoding}
              onChange={change('encoding')}
              fixed={fixedRead.encoding !== undefined}
              testId="import-encoding"
            />
          </>
        )}
        <SettingSelect
          label="Date format"
          choices={DATE_FORMAT_CHOICES}
          value={read.dateFormat}
          onChange={change('dateFormat')}
          fixed={fixedRead.dateFormat !== undefined}
          error={errorFor('dateFormat')}
          caution={preview.dateFormatAmbiguous ? 'Please check: day first or month first?' : null}
          testId="import-date-format"
        />
        <SettingSelect
          label="Decimal mark"
          choices={DECIMAL_CHOICES}
          value={read.decimalSeparator}
          onChange={change('decimalSeparator')}
          fixed={fixedRead.decimalSeparator !== undefined}
          error={errorFor('decimalSeparator')}
          testId="import-decimal"
        />
        <SettingSelect
          label="Thousands mark"
          choices={THOUSANDS_CHOICES}
          value={thousandsChoiceOf(read.thousandsSeparator)}
          onChange={(choice) => wizard.changeRead('thousandsSeparator', thousandsSeparatorOf(choice))}
          fixed={fixedRead.thousandsSeparator !== undefined}
          error={errorFor('thousandsSeparator')}
          testId="import-thousands"
        />
        <Stack gap={4} justify="flex-end" pb={8}>
          <Switch
            label="First row is a header"
            description={read.hasHeader ? 'Column names come from the first row' : 'The first row is data; columns are numbered'}
            checked={read.hasHeader}
            onChange={(event) => wizard.changeRead('hasHeader', event.currentTarget.checked)}
            data-testid="import-has-header"
          />
        </Stack>
      </SimpleGrid>

      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Please check" data-testid="import-read-warnings">
          <List size="sm" spacing={2}>
            {warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      {wizard.previewError !== null ? (
        <ImportErrorAlert title="The file could not be read with these settings" error={wizard.previewError} testId="import-preview-error" />
      ) : (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            First rows as they will be read
          </Text>
          <PreviewTable preview={preview} loading={wizard.previewLoading} />
        </Stack>
      )}
    </Stack>
  );
}

import { Alert, Box, Button, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconFlask, IconFolderOpen, IconReceipt, IconUserCircle, type Icon } from '@tabler/icons-react';
import { host } from '../../backend/client';
import { ImportErrorAlert } from '../ImportErrorAlert';
import type { ImportKind } from '../importForm';
import type { ImportWizard } from '../useImportWizard';
import { useTranslation } from 'react-i18next';

const KIND_CARDS: readonly { value: ImportKind; icon: Icon }[] = [
  { value: 'transactions', icon: IconReceipt },
  { value: 'attributes', icon: IconUserCircle },
];

/** Step 1: which file, and what it holds. */
export function FileStep({ wizard, intoSample }: { wizard: ImportWizard; intoSample: boolean }) {
  const { t } = useTranslation('import');
  const choose = () => {
    void host.chooseFileToImport().then((chosen) => {
      if (chosen) wizard.setPath(chosen);
    });
  };

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={760}>
        {t('file.intro')}
      </Text>

      {intoSample && (
        <Alert color="orange" variant="light" icon={<IconFlask size={18} />} title={t('file.sampleTitle')} maw={760} data-testid="import-into-sample">
          {t('file.sampleText')}
        </Alert>
      )}

      {host.hasNativeDialogs ? (
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('file.fileToImport')}
          </Text>
          <Group gap="md" wrap="nowrap">
            <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={choose} data-testid="import-choose-file">
              {t('file.chooseFile')}
            </Button>
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
              {wizard.path && <IconFileSpreadsheet size={16} style={{ flexShrink: 0, opacity: 0.7 }} />}
              <Text size="sm" c={wizard.path ? undefined : 'dimmed'} truncate title={wizard.path} data-testid="import-chosen-path">
                {wizard.path || t('file.noFileYet')}
              </Text>
            </Group>
          </Group>
          {wizard.pathError && (
            <Text size="xs" c="red">
              {wizard.pathError}
            </Text>
          )}
        </Stack>
      ) : (
        <TextInput
          label={t('file.fileToImport')}
          description={t('file.pathDescription')}
          placeholder="~/Downloads/transactions.csv"
          value={wizard.path}
          onChange={(event) => wizard.setPath(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') wizard.next();
          }}
          error={wizard.pathError}
          spellCheck={false}
          autoComplete="off"
          data-autofocus
          maw={760}
          data-testid="import-path-input"
        />
      )}

      <Radio.Group
        label={t('file.holds')}
        value={wizard.kind}
        onChange={(value) => wizard.setKind(value === 'attributes' ? 'attributes' : 'transactions')}
        data-testid="import-kind"
      >
        <SimpleGrid cols={2} spacing="md" mt={8} maw={760}>
          {KIND_CARDS.map(({ value, icon: KindIcon }) => (
            <Radio.Card key={value} value={value} radius="md" p="md" data-testid={`import-kind-${value}`}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <div>
                  <Group gap={6}>
                    <KindIcon size={16} stroke={1.7} />
                    <Text fw={600} size="sm">
                      {t(`file.${value}`)}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed" mt={4}>
                    {t(`file.${value}About`)}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>

      {wizard.previewError !== null && (
        <Box maw={760}>
          <ImportErrorAlert title={t('file.cannotRead')} error={wizard.previewError} testId="import-preview-error" />
        </Box>
      )}
    </Stack>
  );
}

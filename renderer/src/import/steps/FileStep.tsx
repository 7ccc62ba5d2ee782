import { Alert, Box, Button, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconFlask, IconFolderOpen, IconReceipt, IconUserCircle, type Icon } from '@tabler/icons-react';
import { host } from '../../backend/client';
import { ImportErrorAlert } from '../ImportErrorAlert';
import type { ImportKind } from '../importForm';
import type { ImportWizard } from '../useImportWizard';

const KIND_CARDS: readonly { value: ImportKind; title: string; about: string; icon: Icon }[] = [
  {
    value: 'transactions',
    title: 'Transactions',
    about: 'One row per purchase: who bought, when and for how much. Builds the customer base and its purchase history.',
    icon: IconReceipt,
  },
  {
    value: 'attributes',
    title: 'Customer attributes',
    about: 'One row per customer: CRM fields such as age, region, satisfaction or marketing opt-in.',
    icon: IconUserCircle,
  },
];

/** Step 1: which file, and what it holds. */
export function FileStep({ wizard, intoSample }: { wizard: ImportWizard; intoSample: boolean }) {
  const choose = () => {
    void host.chooseFileToImport().then((chosen) => {
      if (chosen) wizard.setPath(chosen);
    });
  };

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={760}>
        Bring in a client’s data from a CSV, text or Excel file. Nothing in the workspace changes until the last step, and an
        import either completes in full or leaves the workspace exactly as it was.
      </Text>

      {intoSample && (
        <Alert color="orange" variant="light" icon={<IconFlask size={18} />} title="This is the sample workspace" maw={760} data-testid="import-into-sample">
          What you import here is mixed with the generated sample retailer. To keep a client’s data on its own, create a new
          workspace first (Workspace ▸ New…), then import into it.
        </Alert>
      )}

      {host.hasNativeDialogs ? (
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            File to import
          </Text>
          <Group gap="md" wrap="nowrap">
            <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={choose} data-testid="import-choose-file">
              Choose file…
            </Button>
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
              {wizard.path && <IconFileSpreadsheet size={16} style={{ flexShrink: 0, opacity: 0.7 }} />}
              <Text size="sm" c={wizard.path ? undefined : 'dimmed'} truncate title={wizard.path} data-testid="import-chosen-path">
                {wizard.path || 'No file chosen yet'}
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
          label="File to import"
          description="The full path of the file on the computer running Loyalty Workbench, or one starting with ~ for your home folder. CSV, TSV, TXT, DAT and XLSX files can be read."
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
        label="What the file holds"
        value={wizard.kind}
        onChange={(value) => wizard.setKind(value === 'attributes' ? 'attributes' : 'transactions')}
        data-testid="import-kind"
      >
        <SimpleGrid cols={2} spacing="md" mt={8} maw={760}>
          {KIND_CARDS.map(({ value, title, about, icon: KindIcon }) => (
            <Radio.Card key={value} value={value} radius="md" p="md" data-testid={`import-kind-${value}`}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <div>
                  <Group gap={6}>
                    <KindIcon size={16} stroke={1.7} />
                    <Text fw={600} size="sm">
                      {title}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed" mt={4}>
                    {about}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>

      {wizard.previewError !== null && (
        <Box maw={760}>
          <ImportErrorAlert title="This file could not be read" error={wizard.previewError} testId="import-preview-error" />
        </Box>
      )}
    </Stack>
  );
}

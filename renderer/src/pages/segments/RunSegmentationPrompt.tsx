import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentNamesDraft } from './useSegmentNames';

interface RunSegmentationPromptProps {
  /** True while a new segmentation waits for the answer. */
  opened: boolean;
  names: SegmentNamesDraft;
  onRun: () => void;
  onClose: () => void;
}

/**
 * The question before segmenting again while segment names are unsaved, as the leave prompt asks
 * before leaving a page (drafts/LeavePrompt): the new segmentation replaces the segments the
 * names were typed for, so a draft kept now could never be saved. Hence no "keep the draft":
 * save them, discard them, or stay.
 */
export function RunSegmentationPrompt({ opened, names, onRun, onClose }: RunSegmentationPromptProps) {
  const { t } = useTranslation('segments');
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const { cannotSave } = names;

  const close = () => {
    setFailed(false);
    onClose();
  };
  const saveAndRun = async () => {
    setSaving(true);
    const saved = await names.save();
    setSaving(false);
    if (!saved) return setFailed(true);
    close();
    onRun();
  };
  const discardAndRun = () => {
    names.draft.discard();
    close();
    onRun();
  };

  return (
    <Modal opened={opened} onClose={() => !saving && close()} title={t('runPrompt.title')} centered size="lg" data-testid="segment-run-prompt">
      <Stack gap="sm">
        <Text size="sm">{t('runPrompt.intro')}</Text>
        {cannotSave && (
          <Alert color="yellow" variant="light" p="xs" icon={<IconAlertTriangle size={16} />}>
            <Text size="sm">{cannotSave}</Text>
          </Alert>
        )}
        {failed && (
          <Alert color="red" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="segment-run-prompt-failed">
            <Text size="sm">{t('runPrompt.failed')}</Text>
          </Alert>
        )}
        <Group justify="space-between" gap="sm" mt="xs" wrap="nowrap">
          <Button variant="default" onClick={close} disabled={saving} data-testid="segment-run-cancel">
            {t('runPrompt.cancel')}
          </Button>
          <Group gap="sm" wrap="nowrap">
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={discardAndRun} disabled={saving} data-testid="segment-run-discard">
              {t('runPrompt.discard')}
            </Button>
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void saveAndRun()} loading={saving} disabled={cannotSave !== null} data-testid="segment-run-save" data-autofocus>
              {t('runPrompt.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

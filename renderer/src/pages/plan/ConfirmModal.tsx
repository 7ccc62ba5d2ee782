import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Confirmation {
  title: string;
  message: string;
  action: string;
  danger?: boolean;
  onConfirm: () => void;
}

/** Asks before something that cannot be undone: deleting a plan, or dropping unsaved changes. */
export function ConfirmModal({ confirmation, onClose }: { confirmation: Confirmation | null; onClose: () => void }) {
  const { t } = useTranslation('plan');
  return (
    <Modal opened={confirmation !== null} onClose={onClose} title={confirmation?.title} centered size="md">
      <Text size="sm">{confirmation?.message}</Text>
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('designer.cancel')}
        </Button>
        <Button
          color={confirmation?.danger ? 'red' : undefined}
          data-testid="confirm-action"
          onClick={() => {
            confirmation?.onConfirm();
            onClose();
          }}
        >
          {confirmation?.action}
        </Button>
      </Group>
    </Modal>
  );
}

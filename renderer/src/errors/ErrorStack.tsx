import { Notification, Stack, Text } from '@mantine/core';
import { IconExclamationMark } from '@tabler/icons-react';
import { dismissError, useErrors } from './errorStore';
import { useTranslation } from 'react-i18next';

/**
 * Errors as cards in the corner, above the status bar. They stay until dismissed: each says what
 * went wrong and how to fix it, and that takes longer to read than a toast lasts.
 */
export function ErrorStack() {
  const { t } = useTranslation('frame');
  const errors = useErrors();
  if (errors.length === 0) return null;
  return (
    <Stack
      gap="sm"
      data-testid="error-stack"
      style={{ position: 'fixed', right: 20, bottom: 60, width: 420, maxWidth: 'calc(100vw - 40px)', zIndex: 400 }}
    >
      {errors.map((error) => (
        <Notification
          key={error.id}
          color="red"
          radius="md"
          withBorder
          title={error.title}
          icon={<IconExclamationMark size={18} stroke={2.2} />}
          onClose={() => dismissError(error.id)}
          closeButtonProps={{ 'aria-label': t('dismiss') }}
          role="alert"
          data-testid="error-message"
          style={{ boxShadow: 'var(--mantine-shadow-lg)' }}
        >
          <Text size="sm" c="var(--mantine-color-text)" mt={2}>
            {error.message}
          </Text>
          {error.hint && (
            <Text size="sm" c="dimmed" mt={6}>
              {error.hint}
            </Text>
          )}
        </Notification>
      ))}
    </Stack>
  );
}

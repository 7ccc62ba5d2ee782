import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { dismissError, useErrors } from './errorStore';

/** Errors stay until dismissed: each says what went wrong and how to fix it. */
export function ErrorStack() {
  const errors = useErrors();
  if (errors.length === 0) return null;
  return (
    <Stack
      gap="sm"
      data-testid="error-stack"
      style={{ position: 'fixed', right: 20, bottom: 72, width: 420, maxWidth: 'calc(100vw - 40px)', zIndex: 400 }}
    >
      {errors.map((error) => (
        <Alert
          key={error.id}
          color="red"
          variant="filled"
          radius="md"
          title={error.title}
          icon={<IconAlertTriangle size={20} />}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => dismissError(error.id)}
          role="alert"
          style={{ boxShadow: 'var(--mantine-shadow-lg)' }}
        >
          <Text size="sm">{error.message}</Text>
          {error.hint && (
            <Text size="sm" mt={6} opacity={0.9}>
              {error.hint}
            </Text>
          )}
        </Alert>
      ))}
    </Stack>
  );
}

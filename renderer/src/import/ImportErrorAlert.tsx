import { Alert, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { toDisplayedError } from '../errors/displayedError';
import { splitBadLines } from './importMessages';

interface ImportErrorAlertProps {
  title: string;
  error: unknown;
  /** A closing line, e.g. that the workspace was left unchanged. */
  footer?: ReactNode;
  testId?: string;
}

/** A backend failure inside the wizard, next to what caused it: message, bad lines, hint. */
export function ImportErrorAlert({ title, error, footer, testId }: ImportErrorAlertProps) {
  const shown = toDisplayedError(0, title, error);
  const { headline, lines, more } = splitBadLines(shown.message);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} data-testid={testId}>
      <Stack gap={8}>
        <Text size="sm">{headline}</Text>
        {lines.length > 0 && (
          <List size="sm" spacing={2} withPadding className="lw-figures" data-testid="import-error-lines">
            {lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
            {more && (
              <List.Item c="dimmed" icon={<span />}>
                {more}
              </List.Item>
            )}
          </List>
        )}
        {shown.hint && (
          <Text size="sm" c="dimmed">
            {shown.hint}
          </Text>
        )}
        {footer}
      </Stack>
    </Alert>
  );
}

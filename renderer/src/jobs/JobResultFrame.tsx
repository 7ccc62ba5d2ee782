import { Box, LoadingOverlay, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The frame around a job's last result: the result stays readable under a light overlay while
 * the job runs again, with one dimmed line saying what it was computed on.
 */
export function JobResultFrame({ testId, running, basis, children }: { testId: string; running: boolean; basis: ReactNode; children: ReactNode }) {
  return (
    <Box pos="relative" data-testid={testId}>
      <LoadingOverlay visible={running} zIndex={3} overlayProps={{ backgroundOpacity: 0.2 }} loaderProps={{ size: 'sm' }} />
      <Stack gap="lg">
        <Text size="xs" c="dimmed">
          {basis}
        </Text>
        {children}
      </Stack>
    </Box>
  );
}

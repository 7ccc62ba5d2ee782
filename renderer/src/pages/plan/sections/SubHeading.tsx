import { Box, Text } from '@mantine/core';

/** A titled group inside a section, with a line on what it means. */
export function SubHeading({ title, about }: { title: string; about?: string }) {
  return (
    <Box mb="xs">
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {about && (
        <Text size="xs" c="dimmed">
          {about}
        </Text>
      )}
    </Box>
  );
}

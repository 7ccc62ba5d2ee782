import { Badge, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPointFilled } from '@tabler/icons-react';
import { PAGES, type PageId } from '../app/pages';
import { PLACEHOLDER_CONTENT } from './placeholderContent';

/** A page still to be built: what it will do, presented as a plan rather than an error. */
export function PlaceholderPage({ page }: { page: Exclude<PageId, 'data'> }) {
  const content = PLACEHOLDER_CONTENT[page];
  const Icon = PAGES[page].icon;
  return (
    <Stack gap="xl" data-testid={`page-${page}`}>
      <Group gap="sm" align="center">
        <Title order={2}>{content.title}</Title>
        <Badge variant="outline" color="gray" radius="sm">
          Coming in a later release
        </Badge>
      </Group>
      <Paper withBorder radius="lg" p={40} maw={760}>
        <Stack gap="lg">
          <ThemeIcon size={64} radius="xl" variant="light">
            <Icon size={34} stroke={1.5} />
          </ThemeIcon>
          <Text size="md" lh={1.6}>
            {content.summary}
          </Text>
          <List
            spacing="sm"
            size="sm"
            c="dimmed"
            // Dots, not ticks: these are plans, and a tick would read as already done.
            icon={<IconPointFilled size={14} style={{ color: 'var(--mantine-primary-color-filled)', display: 'block' }} />}
          >
            {content.points.map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
        </Stack>
      </Paper>
    </Stack>
  );
}

import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A chart on its own card: a title, a line saying what is drawn, the chart. */
export function ChartCard({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" h="100%">
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {subtitle}
      </Text>
      {children}
    </Paper>
  );
}

import { Paper, Stack, Text, Title } from '@mantine/core';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { PlanDesigner } from './plan/PlanDesigner';

/** The points plan designer: one section per mechanic, checked as it is typed, with its economics live. */
export function PlanPage({ summary }: { summary: WorkspaceSummary | null }) {
  return (
    <Stack gap="lg" data-testid="page-plan">
      <div>
        <Title order={2}>Plan</Title>
        <Text c="dimmed" size="sm" mt={4}>
          Design the points plan mechanic by mechanic. Every behavioural figure is a distribution with its source; the economics on the right follow each change.
        </Text>
      </div>
      {summary ? (
        <PlanDesigner key={summary.path} summary={summary} />
      ) : (
        <Paper withBorder radius="md" p="xl">
          <Text c="dimmed">Open a workspace on the Data page to design a plan for its customers.</Text>
        </Paper>
      )}
    </Stack>
  );
}

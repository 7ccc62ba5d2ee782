import { Stack, Title } from '@mantine/core';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';

/** The points plan designer (being built). */
export function PlanPage({ summary }: { summary: WorkspaceSummary | null }) {
  return (
    <Stack gap="lg" data-testid="page-plan">
      <Title order={2}>Plan</Title>
      {summary ? null : null}
    </Stack>
  );
}

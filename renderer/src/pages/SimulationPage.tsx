import { Stack, Title } from '@mantine/core';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import type { DisplayedJob } from '../jobs/jobDisplay';

/** The run panel and the results dashboard (being built). */
export function SimulationPage({ summary, jobs }: { summary: WorkspaceSummary | null; jobs: readonly DisplayedJob[] }) {
  return (
    <Stack gap="lg" data-testid="page-simulation">
      <Title order={2}>Simulation</Title>
      {summary && jobs.length >= 0 ? null : null}
    </Stack>
  );
}

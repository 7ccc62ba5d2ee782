import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';

interface WorkspacePageProps {
  testId: string;
  title: string;
  intro: string;
  /** What the page says when no workspace is open. */
  noWorkspace: string;
  summary: WorkspaceSummary | null;
  /** The page's body for the open workspace (remounted when another workspace opens). */
  children: (summary: WorkspaceSummary) => ReactNode;
}

/** A page of the workflow: its title and intro, then its body, or a word to open a workspace first. */
export function WorkspacePage({ testId, title, intro, noWorkspace, summary, children }: WorkspacePageProps) {
  return (
    <Stack gap="lg" data-testid={testId}>
      <div>
        <Title order={2}>{title}</Title>
        <Text c="dimmed" size="sm" mt={4}>
          {intro}
        </Text>
      </div>
      {summary ? (
        <div key={summary.path}>{children(summary)}</div>
      ) : (
        <Paper withBorder radius="md" p="xl">
          <Text c="dimmed">{noWorkspace}</Text>
        </Paper>
      )}
    </Stack>
  );
}

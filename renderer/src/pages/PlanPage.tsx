import { Paper, Stack, Text, Title } from '@mantine/core';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { useTranslation } from 'react-i18next';
import { PlanDesigner } from './plan/PlanDesigner';

/** The points plan designer: one section per mechanic, checked as it is typed, with its economics live. */
export function PlanPage({ summary }: { summary: WorkspaceSummary | null }) {
  const { t } = useTranslation('plan');
  return (
    <Stack gap="lg" data-testid="page-plan">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('intro')}
        </Text>
      </div>
      {summary ? (
        <PlanDesigner key={summary.path} summary={summary} />
      ) : (
        <Paper withBorder radius="md" p="xl">
          <Text c="dimmed">{t('noWorkspace')}</Text>
        </Paper>
      )}
    </Stack>
  );
}

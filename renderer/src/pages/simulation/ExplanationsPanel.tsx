import { List, Paper, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/planSchema';
import { explainResults } from '../../../../shared/simulation/explainResults';
import type { SimulationResults } from '../../../../shared/simulation/results';
import type { Formatters } from '../../format/formatters';
import { explanationText } from './explanationText';

/** Where a figure goes against intuition, which mechanic of the plan produces it; nothing when every figure goes the expected way. */
export function ExplanationsPanel({ results, plan, format }: { results: SimulationResults; plan: Plan; format: Formatters }) {
  const { t } = useTranslation('simulation');
  const explanations = useMemo(() => explainResults(results, plan), [results, plan]);
  if (explanations.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="simulation-explanations">
      <Text fw={600} size="sm" mb={4}>
        {t('explain.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('explain.about')}
      </Text>
      <List size="sm" spacing={6}>
        {explanations.map((e, i) => (
          <List.Item key={`${e.code}-${i}`}>{explanationText(e, t, format)}</List.Item>
        ))}
      </List>
    </Paper>
  );
}

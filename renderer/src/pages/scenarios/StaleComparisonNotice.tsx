import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResults, ScenarioSummary } from '../../../../shared/domain/scenarios';
import { staleReasonsText, statusExplanation } from './staleness';

/** What the comparison needs to offer a fresh run of the scenarios it holds back. */
export interface StaleActions {
  onRunAgain: (scenario: ScenarioSummary) => void;
  /** The scenario being run, if any; while one runs, no other can start. */
  runningId: number | null;
  busy: boolean;
}

/**
 * The scenarios the comparison holds back because their runs are out of date: each named, with
 * what changed since its run, and a button to run it again (it then joins the comparison). Where
 * runs cannot start (the Reports page), the notice says where they can.
 */
export function StaleComparisonNotice({ stale, nothingLeft, actions }: { stale: readonly ScenarioResults[]; nothingLeft: boolean; actions?: StaleActions | undefined }) {
  const { t, i18n } = useTranslation('scenarios');
  return (
    <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} />} title={t('staleness.compare.title', { count: stale.length })} data-testid="compare-stale">
      <Text size="sm" mb="sm">
        {t('staleness.compare.intro')}
      </Text>
      <Stack gap={8}>
        {stale.map(({ scenario }) => {
          const running = actions?.runningId === scenario.scenarioId;
          const why = scenario.staleBecause.includes('unrecorded') ? statusExplanation(scenario, t, i18n.language) : staleReasonsText(scenario, t, i18n.language);
          return (
            <Group key={scenario.scenarioId} justify="space-between" wrap="nowrap" gap="md" data-testid="compare-stale-row" data-name={scenario.name}>
              <Text size="sm">
                <Text span fw={600}>
                  {scenario.name}
                </Text>
                {' — '}
                {why}
              </Text>
              {actions && (
                <Button
                  size="compact-sm"
                  variant="white"
                  color="orange"
                  leftSection={<IconPlayerPlay size={14} />}
                  onClick={() => actions.onRunAgain(scenario)}
                  loading={running}
                  disabled={actions.busy && !running}
                  data-testid="compare-stale-run"
                >
                  {t('staleness.compare.runAgain')}
                </Button>
              )}
            </Group>
          );
        })}
      </Stack>
      {!actions && (
        <Text size="sm" mt="sm">
          {t('staleness.compare.runOnScenarios')}
        </Text>
      )}
      {nothingLeft && (
        <Text size="sm" mt="sm" fw={500}>
          {t('staleness.compare.nothingLeft')}
        </Text>
      )}
    </Alert>
  );
}

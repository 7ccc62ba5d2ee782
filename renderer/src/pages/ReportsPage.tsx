import { Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResults, ScenarioSummary } from '../../../shared/domain/scenarios';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { invoke } from '../backend/client';
import { reportError } from '../errors/errorStore';
import { appLocale, createFormatters } from '../format/formatters';
import { currentLanguage } from '../i18n/i18n';
import type { DisplayedJob } from '../jobs/jobDisplay';
import { useChartTheme } from './data/useChartTheme';
import { ExportPanel } from './reports/ExportPanel';
import { ComparePanel } from './scenarios/ComparePanel';
import { MAX_COMPARED } from './scenarios/ScenarioList';

/** Reports: export a scenario as PDF, PowerPoint or Excel, and tables as CSV and charts as images. */
export function ReportsPage({ summary, jobs }: { summary: WorkspaceSummary | null; jobs: readonly DisplayedJob[] }) {
  const { t } = useTranslation('reports');
  return (
    <Stack gap="lg" data-testid="page-reports">
      <div>
        <Title order={2}>{t('page.title')}</Title>
        <Text c="dimmed" size="sm" mt={4} maw={860}>
          {t('page.intro')}
        </Text>
      </div>
      {summary ? (
        <ReportDesk key={summary.path} currency={summary.currencyCode} jobs={jobs} />
      ) : (
        <Paper withBorder radius="md" p="xl">
          <Text c="dimmed">{t('page.noWorkspace')}</Text>
        </Paper>
      )}
    </Stack>
  );
}

function ReportDesk({ currency, jobs }: { currency: string; jobs: readonly DisplayedJob[] }) {
  const { t } = useTranslation('reports');
  const [scenarios, setScenarios] = useState<ScenarioSummary[] | null>(null);
  const [scenarioId, setScenarioId] = useState<number | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [results, setResults] = useState<ScenarioResults[] | null>(null);
  const theme = useChartTheme();
  const locale = appLocale();

  useEffect(() => {
    let live = true;
    invoke('scenarios.list', {}).then(
      (list) => {
        if (!live) return;
        setScenarios(list);
        const first = list.find((s) => s.lastRun) ?? list[0];
        setScenarioId(first?.scenarioId ?? null);
        setChosen(
          list
            .filter((s) => s.lastRun)
            .slice(0, 2)
            .map((s) => String(s.scenarioId)),
        );
      },
      (error: unknown) => {
        if (!live) return;
        setScenarios([]);
        reportError(t('page.errors.list'), error);
      },
    );
    return () => {
      live = false;
    };
  }, [t]);

  useEffect(() => {
    if (chosen.length === 0) {
      setResults(null);
      return undefined;
    }
    let live = true;
    invoke('scenarios.results', { scenarioIds: chosen.map(Number) }).then(
      (r) => live && setResults(r),
      (error: unknown) => live && reportError(t('page.errors.results'), error),
    );
    return () => {
      live = false;
    };
  }, [chosen, t]);

  const formats = useMemo(() => (results ?? []).map((r) => createFormatters(locale, r.run?.results.currency ?? currency)), [results, locale, currency]);
  if (scenarios === null) return <Text size="sm" c="dimmed">{t('page.loading')}</Text>;
  if (scenarios.length === 0)
    return (
      <Paper withBorder radius="md" p="xl">
        <Text c="dimmed">{t('page.noScenarios')}</Text>
      </Paper>
    );
  return (
    <>
      <ExportPanel scenarios={scenarios} scenarioId={scenarioId} onScenario={setScenarioId} jobs={jobs} locale={locale} language={currentLanguage()} />
      <Group justify="space-between" align="flex-end" mt="sm">
        <div>
          <Title order={4}>{t('page.tables')}</Title>
          <Text size="xs" c="dimmed">
            {t('page.tablesHint')}
          </Text>
        </div>
        <MultiSelect
          label={t('page.chosen')}
          w={520}
          data={scenarios.map((s) => ({ value: String(s.scenarioId), label: s.name }))}
          value={chosen}
          onChange={(v) => setChosen(v.slice(0, MAX_COMPARED))}
          maxValues={MAX_COMPARED}
          data-testid="report-tables-scenarios"
        />
      </Group>
      {results && results.some((r) => r.run) ? (
        <ComparePanel scenarios={results} theme={theme} formats={formats} />
      ) : (
        chosen.length > 0 &&
        results && (
          <Paper withBorder radius="md" p="lg">
            <Text size="sm" c="dimmed">
              {t('page.noRuns')}
            </Text>
          </Paper>
        )
      )}
    </>
  );
}

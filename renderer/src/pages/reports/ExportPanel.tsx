import { Alert, Button, Group, Input, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconDownload, IconFileTypePdf, IconPresentation, IconTable } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_FORMATS, type Locale, type ReportFormat } from '../../../../shared/contract/scenarioSchemas';
import type { ScenarioSummary } from '../../../../shared/domain/scenarios';
import { invoke } from '../../backend/client';
import { toDisplayedError } from '../../errors/displayedError';
import type { DisplayedJob } from '../../jobs/jobDisplay';
import { JobProgress } from '../scenarios/JobProgress';
import { useScenarioJob } from '../scenarios/useScenarioJob';
import { REPORT_MIME, saveBase64 } from './download';

const FORMAT_ICONS = { pdf: IconFileTypePdf, pptx: IconPresentation, xlsx: IconTable } as const;

function sizeText(base64: string, locale: string): string {
  const bytes = Math.floor((base64.length * 3) / 4);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return bytes >= 1e6 ? `${number.format(bytes / 1e6)} MB` : `${number.format(Math.max(1, Math.round(bytes / 1e3)))} KB`;
}

interface ExportPanelProps {
  scenarios: readonly ScenarioSummary[];
  scenarioId: number | null;
  onScenario: (id: number) => void;
  jobs: readonly DisplayedJob[];
  locale: string;
  /** The interface's language: the exported file's language until the user picks another. */
  language: Locale;
}

/** The report export: a scenario, a format and a language; Export downloads the file. */
export function ExportPanel({ scenarios, scenarioId, onScenario, jobs, locale, language: interfaceLanguage }: ExportPanelProps) {
  const { t } = useTranslation('reports');
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [language, setLanguage] = useState<Locale>(interfaceLanguage);
  const [outcome, setOutcome] = useState<{ ok: true; text: string } | { ok: false; message: string; hint: string | null } | null>(null);
  // A scenario without a run is run first; its progress shows here.
  const runJob = useScenarioJob(jobs, /^Running scenario/, t('export.progress'));
  const waiting = runJob.job;

  const exportReport = () => {
    if (scenarioId === null) return;
    setOutcome(null);
    runJob.start(
      () => invoke('reports.export', { scenarioId, format, locale: language }),
      (file) => {
        saveBase64(file.base64, file.fileName, REPORT_MIME[file.format]);
        setOutcome({ ok: true, text: t('export.saved', { name: file.fileName, size: sizeText(file.base64, locale) }) });
      },
      // Said in place, next to the button that asked: a format this build cannot make yet is not an alarm.
      (error) => {
        const shown = toDisplayedError(0, t('export.failedTitle'), error);
        setOutcome({ ok: false, message: shown.message, hint: shown.hint });
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" data-testid="report-export">
      <Text fw={600} size="sm">
        {t('export.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="md">
        {t('export.subtitle')}
      </Text>
      <Stack gap="md">
        <Group align="flex-end" gap="md">
          <Select
            label={t('export.scenario')}
            w={280}
            data={scenarios.map((s) => ({ value: String(s.scenarioId), label: s.name }))}
            value={scenarioId === null ? null : String(scenarioId)}
            onChange={(v) => v && onScenario(Number(v))}
            allowDeselect={false}
            data-testid="report-scenario"
          />
          <div>
            <Input.Label mb={4}>{t('export.format')}</Input.Label>
            <SegmentedControl
              value={format}
              onChange={(v) => setFormat(v as ReportFormat)}
              data={REPORT_FORMATS.map((f) => {
                const Icon = FORMAT_ICONS[f];
                return {
                  value: f,
                  label: (
                    <Group gap={6} wrap="nowrap" px={4}>
                      <Icon size={16} />
                      <span>{t(`export.formats.${f}.label`)}</span>
                    </Group>
                  ),
                };
              })}
              data-testid="report-format"
            />
          </div>
          <Select
            label={t('export.language')}
            w={150}
            data={(['en', 'es'] as const).map((l) => ({ value: l, label: t(`export.languages.${l}`) }))}
            value={language}
            onChange={(v) => v && setLanguage(v as Locale)}
            allowDeselect={false}
            data-testid="report-language"
          />
          <Button leftSection={<IconDownload size={16} />} onClick={exportReport} loading={runJob.running} disabled={scenarioId === null} data-testid="report-export-button">
            {t('export.export')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t(`export.formats.${format}.description`)}
        </Text>
        {runJob.running && waiting && <JobProgress job={waiting} title={t('export.progress')} cancelling={runJob.cancelling} onCancel={runJob.cancel} testId="report-progress" />}
        {outcome?.ok && (
          <Alert variant="light" color="teal" icon={<IconCircleCheck size={18} />} py="xs" data-testid="report-saved">
            {outcome.text}
          </Alert>
        )}
        {outcome && !outcome.ok && (
          <Alert variant="light" color="red" icon={<IconAlertCircle size={18} />} title={t('export.failedTitle')} data-testid="report-error">
            {outcome.message}
            {outcome.hint ? ` ${outcome.hint}` : ''}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ModelKey } from '../../../shared/contract/modelSchemas';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { useWorkspaceFormatters } from '../format/workspaceFormat';
import { JobResultFrame } from '../jobs/JobResultFrame';
import { KeptResultFrame } from '../results/KeptResultFrame';
import { CalibrationHoldoutChart } from './value/CalibrationHoldoutChart';
import { checkFitForm, defaultFitForm, fitFormOf, type FitForm, type FitFormErrors } from './value/fitForm';
import { FitModelsForm } from './value/FitModelsForm';
import { ModelComparisonTable } from './value/ModelComparisonTable';
import { ModelNotices } from './value/ModelNotices';
import { ModelParamsTable } from './value/ModelParamsTable';
import { ScoreWeightsPanel } from './score/ScoreWeightsPanel';
import { ReadingGuide } from './value/ReadingGuide';
import { TrackingChart } from './value/TrackingChart';
import { useKeptFit } from './value/useKeptFit';
import { useTranslation } from 'react-i18next';
import { WorkspacePage } from './WorkspacePage';

/** Fits the purchase and spend models on a calibration period and shows how well each forecasts the holdout. */
export function CustomerValuePage({ summary }: { summary: WorkspaceSummary | null }) {
  const { t } = useTranslation('value');
  return (
    <WorkspacePage testId="page-customer-value" title={t('title')} intro={t('intro')} noWorkspace={t('noWorkspace')} summary={summary}>
      {(open) => <ModelValidationView summary={open} />}
    </WorkspacePage>
  );
}

function ModelValidationView({ summary }: { summary: WorkspaceSummary }) {
  const { t } = useTranslation('value');
  const [form, setForm] = useState<FitForm>(() => defaultFitForm(summary.firstTransactionDate, summary.lastTransactionDate));
  const [errors, setErrors] = useState<FitFormErrors>({});
  const [chosen, setChosen] = useState<ModelKey | null>(null);
  const job = useKeptFit(summary.path);
  const { kept } = job;
  const format = useWorkspaceFormatters(summary);

  // Coming back, the form shows what the kept fit was made with, unless the user has typed since.
  const touched = useRef(false);
  useEffect(() => {
    if (kept && !touched.current) setForm(fitFormOf(kept.request));
  }, [kept]);

  const fit = () => {
    const checked = checkFitForm(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    job.fit(checked.request);
  };
  const rerun = () => {
    if (!kept) return;
    touched.current = false;
    setErrors({});
    job.fit(kept.request);
  };

  const validation = job.validation;
  const models = validation?.purchaseModels ?? [];
  // The user's pick while it is among the fitted models, else the recommended one.
  const selectedIndex = Math.max(0, models.findIndex((m) => m.key === (chosen && models.some((x) => x.key === chosen) ? chosen : validation?.recommended)));
  const selected = models[selectedIndex] ?? null;

  return (
    <Stack gap="lg">
      <FitModelsForm
        form={form}
        errors={errors}
        running={job.running}
        disabled={summary.counts.transactions === 0}
        onChange={(next) => {
          touched.current = true;
          setForm(next);
          setErrors({});
        }}
        onFit={fit}
      />
      {validation ? (
        <JobResultFrame
          testId="model-results"
          running={job.running}
          basis={
            <>
              {t('basis', { customers: format.count(validation.customers), calibrationEnd: format.date(validation.calibrationEnd) })}
              {validation.holdoutEnd ? t('basisHoldout', { holdoutEnd: format.date(validation.holdoutEnd) }) : t('basisNoHoldout')}
              {t('basisRates', { unit: t(`units.${validation.unit}`) })}
              {(validation.ageZeroCustomersLeftOut ?? 0) > 0 &&
                t('basisAgeZero', { count: validation.ageZeroCustomersLeftOut, customers: format.count(validation.ageZeroCustomersLeftOut ?? 0), calibrationEnd: format.date(validation.calibrationEnd) })}
            </>
          }
        >
          <KeptResultFrame kept={kept} format={format} onRerun={rerun} running={job.running} testId="fit">
            <ModelNotices validation={validation} />
            <ModelComparisonTable validation={validation} selected={selected?.key ?? null} onSelect={setChosen} format={format} />
            <TrackingChart validation={validation} selected={selected?.key ?? null} format={format} />
            {selected && (
              <SimpleGrid cols={2} spacing="lg">
                <CalibrationHoldoutChart model={selected} index={selectedIndex} format={format} />
                <ModelParamsTable
                  model={selected}
                  title={t('paramsTitle', { model: selected.label })}
                  subtitle={t('paramsSubtitle')}
                  format={format}
                  testId="model-params"
                />
              </SimpleGrid>
            )}
            <SimpleGrid cols={2} spacing="lg">
              {validation.spendModel ? (
                <ModelParamsTable
                  model={validation.spendModel}
                  title={t('spendTitle')}
                  subtitle={t('spendSubtitle')}
                  format={format}
                  testId="spend-model"
                />
              ) : (
                <Paper withBorder radius="md" p="lg" data-testid="spend-model">
                  <Text size="sm" c="dimmed">
                    {t('noSpendModel')}
                  </Text>
                </Paper>
              )}
              <ReadingGuide />
            </SimpleGrid>
          </KeptResultFrame>
        </JobResultFrame>
      ) : (
        <Paper withBorder radius="md" p="xl" pos="relative">
          <Text size="sm" c="dimmed">
            {job.running ? t('runningHint') : t('idleHint')}
          </Text>
        </Paper>
      )}
      <ScoreWeightsPanel scope={summary.path} format={format} />
    </Stack>
  );
}

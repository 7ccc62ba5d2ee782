import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ModelKey } from '../../../shared/contract/modelSchemas';
import type { ModelValidation } from '../../../shared/domain/modelValidation';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { invoke } from '../backend/client';
import { appLocale, createFormatters } from '../format/formatters';
import { JobResultFrame } from '../jobs/JobResultFrame';
import { useJobResult } from '../jobs/useJobResult';
import { CalibrationHoldoutChart } from './value/CalibrationHoldoutChart';
import { checkFitForm, defaultFitForm, type FitForm, type FitFormErrors } from './value/fitForm';
import { FitModelsForm } from './value/FitModelsForm';
import { ModelComparisonTable } from './value/ModelComparisonTable';
import { ModelNotices } from './value/ModelNotices';
import { ModelParamsTable } from './value/ModelParamsTable';
import { ScoreWeightsPanel } from './score/ScoreWeightsPanel';
import { ReadingGuide } from './value/ReadingGuide';
import { TrackingChart } from './value/TrackingChart';

/** Fits the purchase and spend models on a calibration period and shows how well each forecasts the holdout. */
export function CustomerValuePage({ summary }: { summary: WorkspaceSummary | null }) {
  return (
    <Stack gap="lg" data-testid="page-customer-value">
      <div>
        <Title order={2}>Customer value</Title>
        <Text c="dimmed" size="sm" mt={4}>
          Purchase models learn how often customers buy and when they drift away; each is fitted on a calibration period and judged on the months after it.
        </Text>
      </div>
      {summary ? (
        <ModelValidationView key={summary.path} summary={summary} />
      ) : (
        <Paper withBorder radius="md" p="xl">
          <Text c="dimmed">Open a workspace on the Data page to fit the customer-value models.</Text>
        </Paper>
      )}
    </Stack>
  );
}

function ModelValidationView({ summary }: { summary: WorkspaceSummary }) {
  const [form, setForm] = useState<FitForm>(() => defaultFitForm(summary.firstTransactionDate, summary.lastTransactionDate));
  const [errors, setErrors] = useState<FitFormErrors>({});
  const [chosen, setChosen] = useState<ModelKey | null>(null);
  const job = useJobResult<ModelValidation>(summary.path, 'Fitting the customer-value models');
  const format = useMemo(() => createFormatters(appLocale(), summary.currencyCode), [summary.currencyCode]);

  const fit = () => {
    const checked = checkFitForm(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    job.run(() => invoke('models.validate', checked.request));
  };

  const validation = job.result;
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
              Fitted on {format.count(validation.customers)} customers who bought by {format.date(validation.calibrationEnd)}
              {validation.holdoutEnd ? `, judged on their purchases up to ${format.date(validation.holdoutEnd)}` : ', without a holdout'}; rates per {validation.unit}.
            </>
          }
        >
          <ModelNotices validation={validation} />
          <ModelComparisonTable validation={validation} selected={selected?.key ?? null} onSelect={setChosen} format={format} />
          <TrackingChart validation={validation} selected={selected?.key ?? null} format={format} />
          {selected && (
            <SimpleGrid cols={2} spacing="lg">
              <CalibrationHoldoutChart model={selected} index={selectedIndex} format={format} />
              <ModelParamsTable
                model={selected}
                title={`${selected.label} parameters`}
                subtitle="Estimates with standard errors and 95% intervals; a narrow interval means the data pins the value down."
                format={format}
                testId="model-params"
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={2} spacing="lg">
            {validation.spendModel ? (
              <ModelParamsTable
                model={validation.spendModel}
                title="Spend per purchase: Gamma-Gamma"
                subtitle="How much a customer spends per purchase, learnt from repeat buyers; it turns expected purchases into expected money."
                format={format}
                testId="spend-model"
              />
            ) : (
              <Paper withBorder radius="md" p="lg" data-testid="spend-model">
                <Text size="sm" c="dimmed">
                  The spend model could not be fitted, so lifetime values are not available for this calibration period.
                </Text>
              </Paper>
            )}
            <ReadingGuide />
          </SimpleGrid>
        </JobResultFrame>
      ) : (
        <Paper withBorder radius="md" p="xl" pos="relative">
          <Text size="sm" c="dimmed">
            {job.running
              ? 'Fitting BG/NBD, MBG/NBD and Pareto/NBD with the Gamma-Gamma spend model… progress shows in the status bar below.'
              : 'Choose the periods and press “Fit models”. The default calibration ends two thirds into the data, leaving the rest as a holdout to test the forecast.'}
          </Text>
        </Paper>
      )}
      <ScoreWeightsPanel scope={summary.path} format={format} />
    </Stack>
  );
}

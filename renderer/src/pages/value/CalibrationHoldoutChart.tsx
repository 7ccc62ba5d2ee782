import { Text } from '@mantine/core';
import { useMemo } from 'react';
import type { ValidatedPurchaseModel } from '../../../../shared/domain/modelValidation';
import { buildCalibrationHoldoutOption } from '../../charts/calibrationHoldoutOption';
import { EChart } from '../../charts/EChart';
import type { Formatters } from '../../format/formatters';
import { ChartCard } from '../data/ChartCard';
import { useChartTheme } from '../data/useChartTheme';
import { modelColour } from '../../charts/trackingOption';
import { useTranslation } from 'react-i18next';

interface CalibrationHoldoutChartProps {
  model: ValidatedPurchaseModel;
  /** The model's place in the comparison, so it keeps its colour. */
  index: number;
  format: Formatters;
}

export function CalibrationHoldoutChart({ model, index, format }: CalibrationHoldoutChartProps) {
  const { t } = useTranslation('value');
  const theme = useChartTheme();
  const option = useMemo(
    () =>
      buildCalibrationHoldoutOption(model, modelColour(theme, index), theme, format, {
        actual: t('holdout.actual'),
        actualMean: t('holdout.actualMean'),
        expected: (name) => t('holdout.expected', { model: name }),
        binTitle: (range, customers) => t('holdout.binTitle', { range, customers }),
        xAxis: t('holdout.xAxis'),
        yAxis: t('holdout.yAxis'),
      }),
    [model, index, theme, format, t],
  );
  return (
    <ChartCard
      title={t('holdout.title')}
      subtitle={t('holdout.subtitle', { model: model.label })}
    >
      {model.holdout ? (
        <EChart option={option} height={320} testId="chart-calibration-holdout" ariaLabel={t('holdout.aria', { model: model.label })} />
      ) : (
        <Text size="sm" c="dimmed" py="xl" ta="center" data-testid="chart-calibration-holdout">
          {t('holdout.noHoldout')}
        </Text>
      )}
    </ChartCard>
  );
}

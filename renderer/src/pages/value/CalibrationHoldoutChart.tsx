import { Text } from '@mantine/core';
import { useMemo } from 'react';
import type { ValidatedPurchaseModel } from '../../../../shared/domain/modelValidation';
import { buildCalibrationHoldoutOption } from '../../charts/calibrationHoldoutOption';
import { EChart } from '../../charts/EChart';
import type { Formatters } from '../../format/formatters';
import { ChartCard } from '../data/ChartCard';
import { useChartTheme } from '../data/useChartTheme';
import { modelColour } from '../../charts/trackingOption';

interface CalibrationHoldoutChartProps {
  model: ValidatedPurchaseModel;
  /** The model's place in the comparison, so it keeps its colour. */
  index: number;
  format: Formatters;
}

export function CalibrationHoldoutChart({ model, index, format }: CalibrationHoldoutChartProps) {
  const theme = useChartTheme();
  const option = useMemo(() => buildCalibrationHoldoutOption(model, modelColour(theme, index), theme, format), [model, index, theme, format]);
  return (
    <ChartCard
      title="Calibration vs holdout by purchase count"
      subtitle={`Mean purchases in the holdout for customers grouped by their repeat purchases before it: actual against ${model.label}.`}
    >
      {model.holdout ? (
        <EChart option={option} height={320} testId="chart-calibration-holdout" ariaLabel={`Actual and ${model.label} expected holdout purchases by calibration purchase count`} />
      ) : (
        <Text size="sm" c="dimmed" py="xl" ta="center" data-testid="chart-calibration-holdout">
          Give a holdout end to compare the forecast with what customers actually did.
        </Text>
      )}
    </ChartCard>
  );
}

import { useMemo } from 'react';
import type { ModelKey } from '../../../../shared/contract/modelSchemas';
import type { ModelValidation } from '../../../../shared/domain/modelValidation';
import { EChart } from '../../charts/EChart';
import { buildTrackingOption } from '../../charts/trackingOption';
import type { Formatters } from '../../format/formatters';
import { ChartCard } from '../data/ChartCard';
import { useChartTheme } from '../data/useChartTheme';

export function TrackingChart({ validation, selected, format }: { validation: ModelValidation; selected: ModelKey | null; format: Formatters }) {
  const theme = useChartTheme();
  const option = useMemo(
    () => buildTrackingOption({ models: validation.purchaseModels, selected, calibrationEnd: validation.calibrationEnd }, theme, format),
    [validation, selected, theme, format],
  );
  return (
    <ChartCard
      title="Tracking: repeat purchases over time"
      subtitle="Cumulative repeat purchases of the calibration customers, actual (solid) against each model (dashed). Right of the marker the models forecast data they never saw."
    >
      <EChart option={option} height={320} testId="chart-tracking" ariaLabel="Actual and expected cumulative repeat purchases by week" />
    </ChartCard>
  );
}

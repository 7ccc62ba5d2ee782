import { useMemo } from 'react';
import type { ModelKey } from '../../../../shared/contract/modelSchemas';
import type { ModelValidation } from '../../../../shared/domain/modelValidation';
import { EChart } from '../../charts/EChart';
import { buildTrackingOption } from '../../charts/trackingOption';
import type { Formatters } from '../../format/formatters';
import { ChartCard } from '../data/ChartCard';
import { useChartTheme } from '../data/useChartTheme';
import { useTranslation } from 'react-i18next';

export function TrackingChart({ validation, selected, format }: { validation: ModelValidation; selected: ModelKey | null; format: Formatters }) {
  const { t } = useTranslation('value');
  const theme = useChartTheme();
  const option = useMemo(
    () =>
      buildTrackingOption({ models: validation.purchaseModels, selected, calibrationEnd: validation.calibrationEnd }, theme, format, {
        actual: t('tracking.actual'),
        axis: t('tracking.axis'),
        calibrationEnd: t('tracking.calibrationEnd'),
        weekTo: (date) => t('tracking.weekTo', { date }),
      }),
    [validation, selected, theme, format, t],
  );
  return (
    <ChartCard
      title={t('tracking.title')}
      subtitle={t('tracking.subtitle')}
    >
      <EChart option={option} height={320} testId="chart-tracking" ariaLabel={t('tracking.aria')} />
    </ChartCard>
  );
}

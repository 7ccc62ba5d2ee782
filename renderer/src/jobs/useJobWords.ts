import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeLeftWords } from '../format/formatters';
import type { JobProgressWords } from './jobDisplay';

const UNITS = ['customers', 'models', 'steps', 'blocks', 'runs'] as const;
type KnownUnit = (typeof UNITS)[number];

function isKnownUnit(unit: string): unit is KnownUnit {
  return (UNITS as readonly string[]).includes(unit);
}

/** The words of progress lines and time-left estimates in the interface language. */
export function useJobWords(): { progress: JobProgressWords; timeLeft: TimeLeftWords } {
  const { t } = useTranslation('frame');
  return useMemo(
    () => ({
      progress: {
        starting: t('progress.starting'),
        of: (done, total) => t('progress.of', { done, total }),
        unit: (unit) => (isKnownUnit(unit) ? t(`progress.units.${unit}`) : unit),
      },
      timeLeft: {
        fewSeconds: t('timeLeft.fewSeconds'),
        seconds: (s) => t('timeLeft.seconds', { s }),
        minutes: (m) => t('timeLeft.minutes', { m }),
        hours: (h, m) => t('timeLeft.hours', { h, m }),
      },
    }),
    [t],
  );
}

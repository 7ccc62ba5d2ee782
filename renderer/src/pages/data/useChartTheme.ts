import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { chartThemeFrom, type ChartTheme } from '../../charts/chartTheme';

/** The chart colours for the scheme in use; a new object only when the scheme changes. */
export function useChartTheme(): ChartTheme {
  const mantineTheme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  return useMemo(() => chartThemeFrom(mantineTheme, scheme), [mantineTheme, scheme]);
}

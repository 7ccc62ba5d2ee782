import type { TFunction } from 'i18next';
import { simulationChartLabels as chartLabelsFrom, type SimulationChartLabels } from '../../charts/simulationLabels';
import { i18next } from '../../i18n/i18n';

/** The Simulation page's translator: the interface's own in components, English where none is given (tests, other pages). */
export type SimulationT = TFunction<'simulation'>;

export const englishSimulationT: SimulationT = i18next.getFixedT('en', 'simulation');

/** The words of the simulation charts in the interface's language. */
export function simulationChartLabels(t: SimulationT): SimulationChartLabels {
  return chartLabelsFrom((key, values) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values));
}

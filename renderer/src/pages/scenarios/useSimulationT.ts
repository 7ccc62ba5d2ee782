import { useTranslation } from 'react-i18next';
import type { SimulationT } from '../simulation/simulationText';

/** The Simulation page's words (KPI values, bands, chart periods), which the scenario lab shares. */
export function useSimulationT(): SimulationT {
  return useTranslation('simulation').t;
}

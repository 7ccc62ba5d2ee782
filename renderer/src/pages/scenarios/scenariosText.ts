import type { TFunction } from 'i18next';
import type { CompareLabels } from '../../charts/scenarioCompareOption';
import type { TornadoLabels } from '../../charts/scenarioTornadoOption';
import { i18next } from '../../i18n/i18n';
import type { scenarios as scenariosTexts } from '../../i18n/locales/en/scenarios';
import { simulationChartLabels, type SimulationT } from '../simulation/simulationText';

/** The Scenarios page's translator: the interface's own in components, English where none is given (tests). */
export type ScenariosT = TFunction<'scenarios'>;

export const englishScenariosT: ScenariosT = i18next.getFixedT('en', 'scenarios');

/** The comparison charts' words in the interface's language; periods are named as on the Simulation page. */
export function compareChartLabels(t: ScenariosT, simulationT: SimulationT): CompareLabels {
  return {
    counterfactual: t('chart.counterfactual'),
    band: (name) => t('chart.band', { name }),
    bands: simulationT('chart.retention.band'),
    axis: { cost: t('chart.axis.cost'), liability: t('chart.axis.liability'), retention: t('chart.axis.retention') },
    axisWithCurrency: (axis, currency) => t('chart.axisCurrency', { axis, currency }),
    bandedTitle: (week) => t('chart.weekBanded', { week }),
    periods: simulationChartLabels(simulationT).periods,
  };
}

/** The tornado's words in the interface's language. */
export function tornadoChartLabels(t: ScenariosT): TornadoLabels {
  return {
    low: t('chart.tornadoLow'),
    high: t('chart.tornadoHigh'),
    base: t('chart.tornadoBase'),
    axis: (kpi) => t('chart.tornadoAxis', { kpi: kpi.toLowerCase(), Kpi: kpi }),
    atLow: (value) => t('chart.atLow', { value }),
    atHigh: (value) => t('chart.atHigh', { value }),
    kpiBase: (kpi) => t('chart.kpiBase', { kpi }),
    source: t('chart.source'),
    allSegments: t('chart.allSegments'),
    points: t('compare.points'),
  };
}

/** The KPIs the comparison table names (every one of COMPARE_KPIS). */
export type CompareKpiKey = keyof typeof scenariosTexts.kpis;

import { describe, expect, it } from 'vitest';
import { COMPARE_NAMES } from '../../charts/scenarioCompareOption';
import { TORNADO_NAMES } from '../../charts/scenarioTornadoOption';
import { i18next } from '../../i18n/i18n';
import { englishSimulationT } from '../simulation/simulationText';
import { compareChartLabels, englishScenariosT, tornadoChartLabels } from './scenariosText';

describe('the scenario charts’ words', () => {
  it('in English are the charts’ own defaults', () => {
    const compare = compareChartLabels(englishScenariosT, englishSimulationT);
    expect([compare.counterfactual, compare.band('A'), compare.bands, compare.axis, compare.axisWithCurrency('Cost', 'EUR'), compare.bandedTitle('Week 3'), compare.periods.weekTitle(3)]).toEqual([
      COMPARE_NAMES.counterfactual,
      COMPARE_NAMES.band('A'),
      COMPARE_NAMES.bands,
      COMPARE_NAMES.axis,
      COMPARE_NAMES.axisWithCurrency('Cost', 'EUR'),
      COMPARE_NAMES.bandedTitle('Week 3'),
      COMPARE_NAMES.periods.weekTitle(3),
    ]);
    const tornado = tornadoChartLabels(englishScenariosT);
    const read = (l: typeof TORNADO_NAMES) => [l.low, l.high, l.base, l.axis('ROI'), l.atLow('1.2'), l.atHigh('2'), l.kpiBase('ROI'), l.source, l.allSegments, l.points];
    expect(read(tornado)).toEqual(read(TORNADO_NAMES));
  });

  it('in Spanish speak of the counterfactual and percentage points', () => {
    const t = i18next.getFixedT('es', 'scenarios');
    expect(compareChartLabels(t, i18next.getFixedT('es', 'simulation')).counterfactual).toBe('Contrafactual (sin programa)');
    expect(tornadoChartLabels(t).points).toBe('p. p.');
  });
});

describe('the comparison table’s names', () => {
  it('has a name for every KPI it compares', async () => {
    const { COMPARE_KPIS } = await import('./compareKpis');
    const { scenarios } = await import('../../i18n/locales/en/scenarios');
    for (const spec of COMPARE_KPIS) expect(scenarios.kpis[spec.key as keyof typeof scenarios.kpis]).toBe(spec.label);
  });
});

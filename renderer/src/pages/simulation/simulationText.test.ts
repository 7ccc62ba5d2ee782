import { describe, expect, it } from 'vitest';
import { ENGLISH_SIMULATION_LABELS, type SimulationChartLabels } from '../../charts/simulationLabels';
import { i18next } from '../../i18n/i18n';
import { englishSimulationT, simulationChartLabels } from './simulationText';

/** Every word of the labels, functions called with sample arguments, so two label sets compare. */
function read(labels: SimulationChartLabels): unknown {
  const p = labels.periods;
  return {
    ...labels,
    periods: [p.weekAxis, p.quarterShort(2), p.yearShort(3), p.partial('Q4', 10), p.weekTitle(12), p.quarterTitle(3, 27, 39), p.yearTitle(2, 53, 104)],
    cost: [labels.cost.band, labels.cost.total, labels.cost.axis('EUR')],
    liability: { ...labels.liability, weekEnd: labels.liability.weekEnd(5), axis: labels.liability.axis('EUR') },
    points: { ...labels.points, issued: labels.points.issued('Base'), amount: labels.points.amount('1,200') },
  };
}

describe('the simulation charts’ words', () => {
  it('in English are the charts’ own defaults, word for word', () => {
    expect(read(simulationChartLabels(englishSimulationT))).toEqual(read(ENGLISH_SIMULATION_LABELS));
  });

  it('in Spanish name the periods and series in Spanish', () => {
    const es = simulationChartLabels(i18next.getFixedT('es', 'simulation'));
    expect(es.periods.quarterShort(2)).toBe('T2');
    expect(es.periods.quarterTitle(3, 27, 39)).toBe('Trimestre 3 (semanas 27–39)');
    expect(es.costSeries.rewardCost).toBe('Recompensas');
    expect(es.liability.deferred).toBe('Ingresos diferidos (NIIF 15)');
  });
});

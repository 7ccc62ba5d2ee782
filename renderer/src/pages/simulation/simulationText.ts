import type { TFunction } from 'i18next';
import type { SimulationChartLabels } from '../../charts/simulationLabels';
import { i18next } from '../../i18n/i18n';

/** The Simulation page's translator: the interface's own in components, English where none is given (tests, other pages). */
export type SimulationT = TFunction<'simulation'>;

export const englishSimulationT: SimulationT = i18next.getFixedT('en', 'simulation');

/** The words of the simulation charts in the interface's language. */
export function simulationChartLabels(t: SimulationT): SimulationChartLabels {
  return {
    periods: {
      weekAxis: t('chart.weekAxis'),
      quarterShort: (n) => t('chart.quarterShort', { n }),
      yearShort: (n) => t('chart.yearShort', { n }),
      partial: (name, weeks) => t('chart.partial', { name, weeks }),
      weekTitle: (n) => t('chart.weekTitle', { n }),
      quarterTitle: (n, first, last) => t('chart.quarterTitle', { n, first, last }),
      yearTitle: (n, first, last) => t('chart.yearTitle', { n, first, last }),
    },
    costSeries: {
      rewardCost: t('chart.costSeries.rewardCost'),
      punchCardCost: t('chart.costSeries.punchCardCost'),
      privilegeCost: t('chart.costSeries.privilegeCost'),
      contactCost: t('chart.costSeries.contactCost'),
      partnerNetCost: t('chart.costSeries.partnerNetCost'),
      fixedCost: t('chart.costSeries.fixedCost'),
    },
    pointsSeries: {
      pointsBase: t('chart.pointsSeries.pointsBase'),
      pointsBonus: t('chart.pointsSeries.pointsBonus'),
      pointsPromotion: t('chart.pointsSeries.pointsPromotion'),
      pointsFrequency: t('chart.pointsSeries.pointsFrequency'),
      pointsTier: t('chart.pointsSeries.pointsTier'),
      pointsPartner: t('chart.pointsSeries.pointsPartner'),
      pointsRedeemed: t('chart.pointsSeries.pointsRedeemed'),
      pointsExpired: t('chart.pointsSeries.pointsExpired'),
    },
    retention: {
      plan: t('chart.retention.plan'),
      counterfactual: t('chart.retention.counterfactual'),
      band: t('chart.retention.band'),
      planBand: t('chart.retention.planBand'),
      counterfactualBand: t('chart.retention.counterfactualBand'),
      kept: t('chart.retention.kept'),
      axis: t('chart.retention.axis'),
    },
    cost: { band: t('chart.cost.band'), total: t('chart.cost.total'), axis: (currency) => t('chart.cost.axis', { currency }) },
    liability: {
      atCost: t('chart.liability.atCost'),
      deferred: t('chart.liability.deferred'),
      band: t('chart.liability.band'),
      released: t('chart.liability.released'),
      weekEnd: (n) => t('chart.liability.weekEnd', { n }),
      axis: (currency) => t('chart.liability.axis', { currency }),
    },
    points: {
      outstanding: t('chart.points.outstanding'),
      lapsed: t('chart.points.lapsed'),
      issued: (source) => t('chart.points.issued', { source: source.toLowerCase() }),
      issuedAll: t('chart.points.issuedAll'),
      outstandingEnd: t('chart.points.outstandingEnd'),
      lapsedCustomers: t('chart.points.lapsedCustomers'),
      flowsAxis: t('chart.points.flowsAxis'),
      balanceAxis: t('chart.points.balanceAxis'),
      amount: (points) => t('chart.points.amount', { points }),
    },
  };
}

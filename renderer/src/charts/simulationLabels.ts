/**
 * The words of the simulation charts: series, legends, axes, tooltips and periods. The chart
 * builders are pure and take them as a parameter; the page builds them from the interface's
 * language, and the English ones are the default (and what the tests read).
 */

import { simulation as englishSimulation } from '../i18n/locales/en/simulation';

/** How periods are named on an axis and in a tooltip. */
export interface PeriodWords {
  /** The week axis's name. */
  weekAxis: string;
  quarterShort: (quarter: number) => string;
  yearShort: (year: number) => string;
  /** A last, shorter period: "Q4 (10 wk)". */
  partial: (name: string, weeks: number) => string;
  weekTitle: (week: number) => string;
  quarterTitle: (quarter: number, first: number, last: number) => string;
  yearTitle: (year: number, first: number, last: number) => string;
}

export interface SimulationChartLabels {
  periods: PeriodWords;
  costSeries: {
    rewardCost: string;
    punchCardCost: string;
    privilegeCost: string;
    contactCost: string;
    partnerNetCost: string;
    fixedCost: string;
  };
  pointsSeries: {
    pointsBase: string;
    pointsBonus: string;
    pointsPromotion: string;
    pointsFrequency: string;
    pointsTier: string;
    pointsPartner: string;
    pointsRedeemed: string;
    pointsExpired: string;
  };
  retention: {
    plan: string;
    counterfactual: string;
    band: string;
    planBand: string;
    counterfactualBand: string;
    kept: string;
    axis: string;
  };
  cost: { band: string; total: string; median: string; axis: (currency: string) => string };
  liability: { atCost: string; atCostMedian: string; deferred: string; band: string; released: string; weekEnd: (week: number) => string; axis: (currency: string) => string };
  points: {
    outstanding: string;
    lapsed: string;
    issued: (source: string) => string;
    issuedAll: string;
    outstandingEnd: string;
    lapsedCustomers: string;
    flowsAxis: string;
    balanceAxis: string;
    amount: (points: string) => string;
  };
}

/** Looks a chart word up by its key under the 'simulation' texts' chart section, with {{values}} filled in. */
export type ChartWordLookup = (key: string, values?: Record<string, string | number>) => string;

/** The words of the simulation charts from a lookup (the interface's language, or English). */
export function simulationChartLabels(t: ChartWordLookup): SimulationChartLabels {
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
    cost: { band: t('chart.cost.band'), total: t('chart.cost.total'), median: t('chart.cost.median'), axis: (currency) => t('chart.cost.axis', { currency }) },
    liability: {
      atCost: t('chart.liability.atCost'),
      atCostMedian: t('chart.liability.atCostMedian'),
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

/** English straight from the English texts (no translator needed: the builders stay pure and testable in Node). */
const englishLookup: ChartWordLookup = (key, values = {}) => {
  let node: unknown = englishSimulation;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`No English chart text for "${key}".`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
};

export const ENGLISH_SIMULATION_LABELS: SimulationChartLabels = simulationChartLabels(englishLookup);
export const ENGLISH_PERIOD_WORDS: PeriodWords = ENGLISH_SIMULATION_LABELS.periods;

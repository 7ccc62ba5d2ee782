/**
 * The words of the simulation charts: series, legends, axes, tooltips and periods. The chart
 * builders are pure and take them as a parameter; the page builds them from the interface's
 * language, and the English ones are the default (and what the tests read).
 */

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
  cost: { band: string; total: string; axis: (currency: string) => string };
  liability: { atCost: string; deferred: string; band: string; released: string; weekEnd: (week: number) => string; axis: (currency: string) => string };
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

export const ENGLISH_PERIOD_WORDS: PeriodWords = {
  weekAxis: 'Week',
  quarterShort: (q) => `Q${q}`,
  yearShort: (y) => `Year ${y}`,
  partial: (name, weeks) => `${name} (${weeks} wk)`,
  weekTitle: (w) => `Week ${w}`,
  quarterTitle: (q, first, last) => `Quarter ${q} (weeks ${first}–${last})`,
  yearTitle: (y, first, last) => `Year ${y} (weeks ${first}–${last})`,
};

export const ENGLISH_SIMULATION_LABELS: SimulationChartLabels = {
  periods: ENGLISH_PERIOD_WORDS,
  costSeries: { rewardCost: 'Rewards', punchCardCost: 'Punch card', privilegeCost: 'Privileges', contactCost: 'Contacts', partnerNetCost: 'Partners (net)', fixedCost: 'Fixed' },
  pointsSeries: {
    pointsBase: 'Base',
    pointsBonus: 'Bonus',
    pointsPromotion: 'Promotion',
    pointsFrequency: 'Frequency',
    pointsTier: 'Tier',
    pointsPartner: 'Partner',
    pointsRedeemed: 'Redeemed',
    pointsExpired: 'Expired',
  },
  retention: {
    plan: 'With the plan',
    counterfactual: 'Without the plan',
    band: 'P10–P90 over the draws',
    planBand: 'With the plan, P10–P90',
    counterfactualBand: 'Without the plan, P10–P90',
    kept: 'Kept by the plan',
    axis: 'Customers alive',
  },
  cost: { band: 'Total cost, P10–P90', total: 'Total', axis: (currency) => `Cost (${currency})` },
  liability: {
    atCost: 'Liability at cost',
    deferred: 'Deferred revenue (IFRS 15)',
    band: 'Liability at cost, P10–P90',
    released: 'Revenue released this week',
    weekEnd: (w) => `Week ${w}, at the week’s end`,
    axis: (currency) => `Balance (${currency})`,
  },
  points: {
    outstanding: 'Outstanding (right axis)',
    lapsed: 'of which held by lapsed',
    issued: (source) => `Issued: ${source.toLowerCase()}`,
    issuedAll: 'Issued in all',
    outstandingEnd: 'Outstanding at the end',
    lapsedCustomers: 'of which held by lapsed customers',
    flowsAxis: 'Points in (+) and out (−)',
    balanceAxis: 'Points outstanding',
    amount: (points) => `${points} pts`,
  },
};

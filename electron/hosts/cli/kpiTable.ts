import type { KpiBand, KpiUnit, SimulationResults } from '../../../shared/simulation/results';

export const KPI_LABELS: Readonly<Record<string, string>> = {
  members: 'Members at the horizon',
  memberShareOfSales: 'Member share of sales',
  incrementalRevenue: 'Incremental revenue',
  incrementalMargin: 'Incremental gross margin',
  programmeCost: 'Programme cost (accrued)',
  rewardCost: 'Reward cost (accrued)',
  freeRewardRateMembers: 'Free-reward rate, member sales',
  freeRewardRateTotal: 'Free-reward rate, total sales',
  netIncrementalProfit: 'Net incremental profit',
  roi: 'Return on programme cost',
  paybackWeeksCash: 'Payback, cash basis',
  paybackWeeksAccrued: 'Payback, accrued basis',
  npvCash: 'Net present value, cash basis',
  npvAccrued: 'Net present value, accrued basis',
  breakage: 'Breakage',
  liabilityAtCostEnd: 'Points liability at cost, end',
  deferredRevenueEnd: 'IFRS 15 deferred revenue, end',
  aliveEndPlan: 'Customers alive at the end, plan',
  aliveEndCounterfactual: 'Customers alive at the end, no plan',
  retainedCustomers: 'Customers retained by the plan',
  costPerRetainedCustomer: 'Cost per retained customer',
  retentionRatePlan: 'Retention over the horizon, plan',
  retentionRateCounterfactual: 'Retention over the horizon, no plan',
  breakEvenSalesLift: 'Break-even sales lift',
  promotionPointsExpectedCost: 'Promotion points, expected cost',
};

/** Money to the cent (display only: --json keeps every digit); shares and ratios (ROI) as percentages. */
export function formatKpi(value: number | null, unit: KpiUnit, currency: string): string {
  if (value === null) return '–';
  switch (unit) {
    case 'currency':
      return `${value.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
    case 'share':
      return `${(value * 100).toFixed(2)}%`;
    case 'ratio':
      // A return per unit of cost reads as a percentage, as the app and the reports show it: -1.001 is -100.1%.
      return `${(value * 100).toFixed(1)}%`;
    case 'weeks':
      return `${Number.isInteger(value) ? value : value.toFixed(1)} weeks`;
    case 'customers':
      return Math.round(value).toLocaleString('en');
  }
}

/** Where a figure exists in only some draws (payback reached), how many: "31/40". */
function reachedIn(k: KpiBand, draws: number): string {
  return k.drawsWithValue < draws ? `${k.drawsWithValue}/${draws}` : '';
}

/**
 * The KPI table `lw simulate` and `lw demo` print. With one draw: the base case. With several:
 * the median over the draws (the headline), its P10-P90, the Monte Carlo standard error of the
 * median, the base case apart, and in how many draws a figure exists where it does not in all.
 * A footer states the bases and the discount rate of payback and NPV.
 */
export function kpiTable(results: SimulationResults): string {
  const banded = results.draws > 1;
  const fmt = (v: number | null, k: KpiBand) => formatKpi(v, k.unit, results.currency);
  const rows = results.kpis.map((k: KpiBand) =>
    banded
      ? [KPI_LABELS[k.key] ?? k.key, fmt(k.headline, k), fmt(k.p10, k), fmt(k.p90, k), fmt(k.mcStandardError, k), fmt(k.base, k), reachedIn(k, results.draws)]
      : [KPI_LABELS[k.key] ?? k.key, fmt(k.headline, k)],
  );
  const header = banded ? ['KPI', `median of ${results.draws} draws`, 'P10', 'P90', 'MC s.e. of median', 'base case', 'draws with a value'] : ['KPI', 'base case (1 draw)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const rate = Number.isFinite(results.discountRatePerYear) ? `${(results.discountRatePerYear * 100).toFixed(1)}%` : 'a rate this run did not record';
  const footer = [
    `Payback and NPV: cash basis = costs as paid and rewards as redeemed; accrued basis = cash plus the points liability at cost as it builds. NPV discounted at ${rate} a year.`,
    ...(banded ? ['Headline = median over the draws; base case = every assumption at its most likely value (it differs where assumptions are skewed). Payback percentiles are over the draws where it was reached.'] : []),
  ];
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', ...footer].join('\n');
}

import type { KpiBand, KpiUnit, SimulationResults } from '../../../shared/simulation/results';

const LABELS: Record<string, string> = {
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
  paybackWeeks: 'Payback',
  npv: 'Net present value',
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

/** Full precision for money (never silently rounded beyond cents on screen), shares as %. */
function format(value: number | null, unit: KpiUnit, currency: string): string {
  if (value === null) return '–';
  switch (unit) {
    case 'currency':
      return `${value.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
    case 'share':
      return `${(value * 100).toFixed(2)}%`;
    case 'ratio':
      return value.toFixed(3);
    case 'weeks':
      return `${value} weeks`;
    case 'customers':
      return Math.round(value).toLocaleString('en');
  }
}

/** The KPI table `lw simulate` and `lw demo` print: base case, and P10-P90 when there were draws. */
export function kpiTable(results: SimulationResults): string {
  const banded = results.draws > 1;
  const rows = results.kpis.map((k: KpiBand) => [
    LABELS[k.key] ?? k.key,
    format(k.base, k.unit, results.currency),
    ...(banded ? [format(k.p10, k.unit, results.currency), format(k.p90, k.unit, results.currency)] : []),
  ]);
  const header = ['KPI', 'base case', ...(banded ? ['P10', 'P90'] : [])];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

import * as echarts from 'echarts';
import type { SimulationResults } from '../../../shared/simulation/results';
import { costByYear, fold, hasBands, ISSUED_KEYS, quarters, totalSeries, type CostByYear } from './reportData';
import type { ReportFormat } from './reportFormat';
import { reportText, seriesLabel } from './reportText';

/**
 * The report's four charts: their data (shared by the PDF's vector charts and the deck's native,
 * editable charts) and the echarts options the PDF renders to SVG without a browser.
 */

export const PALETTE = {
  ink: '#1f2a44',
  muted: '#6b7280',
  grid: '#e5e7eb',
  plan: '#1d4e89',
  planBand: '#9db8db',
  counterfactual: '#9aa3ae',
  deferred: '#c2410c',
  /** Cost kinds, then the liability accrual. */
  costs: ['#1d4e89', '#3b82a0', '#6aa84f', '#d9a21b', '#8e5ea2', '#9aa3ae'],
  accrual: '#c9d6e8',
  issued: ['#1d4e89', '#3b82a0', '#6aa84f', '#8e5ea2', '#d9a21b', '#0f766e'],
  redeemed: '#c2410c',
  expired: '#9aa3ae',
  outstanding: '#1f2a44',
} as const;

export interface RetentionData {
  weeks: number[];
  plan: number[];
  counterfactual: number[];
  /** P10-P90 of the plan world, when the run drew its assumptions more than once. */
  band: { p10: number[]; p90: number[] } | null;
}

/**
 * With several draws the lines are the medians over the draws (the band's own P50, so each line
 * runs inside its shading); with one draw they are the base case.
 */
export function retentionData(results: SimulationResults): RetentionData {
  const banded = hasBands(results);
  return {
    weeks: Array.from({ length: results.horizonWeeks }, (_, w) => w + 1),
    plan: banded ? [...results.bands.alivePlan.p50] : totalSeries(results, 'plan', 'alive'),
    counterfactual: banded ? [...results.bands.aliveCounterfactual.p50] : totalSeries(results, 'counterfactual', 'alive'),
    band: hasBands(results) ? { p10: results.bands.alivePlan.p10, p90: results.bands.alivePlan.p90 } : null,
  };
}

export interface LiabilityData {
  weeks: number[];
  liability: number[];
  deferred: number[];
  band: { p10: number[]; p90: number[] } | null;
}

/** The liability line is its band's median with several draws; deferred revenue has no band and is the base case. */
export function liabilityData(results: SimulationResults): LiabilityData {
  return {
    weeks: Array.from({ length: results.horizonWeeks }, (_, w) => w + 1),
    liability: hasBands(results) ? [...results.bands.liabilityAtCost.p50] : results.accounting.liabilityAtCost,
    deferred: results.accounting.deferredRevenueBalance,
    band: hasBands(results) ? { p10: results.bands.liabilityAtCost.p10, p90: results.bands.liabilityAtCost.p90 } : null,
  };
}

export interface PointsFlowsData {
  labels: string[];
  /** Issued by source; sources that issued nothing are left out. */
  issued: { key: (typeof ISSUED_KEYS)[number]; values: number[] }[];
  redeemed: number[];
  expired: number[];
  outstanding: number[];
}

export function pointsFlowsData(results: SimulationResults, quarterLetter: string): PointsFlowsData {
  const qs = quarters(results.horizonWeeks);
  const flow = (key: Parameters<typeof totalSeries>[2]) => fold(totalSeries(results, 'plan', key), qs, 'flow');
  return {
    labels: qs.map((q) => `${quarterLetter}${q.index + 1}`),
    issued: ISSUED_KEYS.map((key) => ({ key, values: flow(key) })).filter((s) => s.values.some((v) => v !== 0)),
    redeemed: flow('pointsRedeemed'),
    expired: flow('pointsExpired'),
    outstanding: fold(totalSeries(results, 'plan', 'pointsOutstanding'), qs, 'stock'),
  };
}

export function yearLabels(data: CostByYear, yearWord: string, weeksWord: string): string[] {
  return data.years.map((y) => {
    const weeks = y.last - y.first + 1;
    return weeks === 52 ? `${yearWord} ${y.index + 1}` : `${yearWord} ${y.index + 1} (${weeks} ${weeksWord})`;
  });
}

type Option = echarts.EChartsCoreOption;

const FONT = 'Helvetica, Arial, sans-serif';

function base(): Option {
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT, color: PALETTE.ink, fontSize: 11 },
    grid: { left: 70, right: 24, top: 44, bottom: 40, containLabel: false },
    legend: { top: 4, left: 'center', itemWidth: 14, itemHeight: 9, textStyle: { fontSize: 10.5, color: PALETTE.ink } },
  };
}

const valueAxis = (name: string, formatter: (v: number) => string, extra: Option = {}): Option => ({
  type: 'value',
  name,
  nameLocation: 'middle',
  nameGap: 54,
  nameTextStyle: { color: PALETTE.muted, fontSize: 10 },
  axisLabel: { color: PALETTE.muted, fontSize: 10, formatter },
  splitLine: { lineStyle: { color: PALETTE.grid } },
  ...extra,
});

/** Week axis labelled at week 1 and then every quarter (13 weeks), so a two-year axis still reads. */
const weekAxis = (weeks: number[], name: string): Option => ({
  type: 'category',
  data: weeks.map(String),
  name,
  nameLocation: 'middle',
  nameGap: 26,
  nameTextStyle: { color: PALETTE.muted, fontSize: 10 },
  boundaryGap: false,
  axisTick: { show: false },
  axisLine: { lineStyle: { color: PALETTE.muted } },
  axisLabel: { color: PALETTE.muted, fontSize: 10, interval: (i: number) => i === 0 || (i + 1) % 13 === 0 },
});

/** A P10-P90 band as two stacked lines: the floor (invisible) and the width (shaded). */
function bandSeries(id: string, name: string, band: { p10: number[]; p90: number[] }, colour: string): Option[] {
  return [
    { id: `${id}-floor`, name, type: 'line', data: band.p10, stack: id, symbol: 'none', lineStyle: { opacity: 0 }, silent: true, z: 1 },
    {
      id: `${id}-width`,
      name,
      type: 'line',
      data: band.p90.map((v, i) => v - (band.p10[i] ?? 0)),
      stack: id,
      symbol: 'none',
      lineStyle: { opacity: 0 },
      areaStyle: { color: colour, opacity: 0.45 },
      silent: true,
      z: 1,
    },
  ];
}

export function retentionOption(results: SimulationResults, f: ReportFormat): Option {
  const t = reportText(f.locale);
  const d = retentionData(results);
  const all = [...d.plan, ...d.counterfactual, ...(d.band?.p10 ?? []), ...(d.band?.p90 ?? [])];
  const min = Math.min(...all);
  const max = Math.max(...all);
  // Starting the axis near the lowest count shows the gap between the worlds (from zero it would
  // be a hairline); the start is a round step below it so the axis's first label reads.
  const step = niceStep(Math.max(1, max - min) / 5);
  return {
    ...base(),
    color: [PALETTE.plan, PALETTE.counterfactual],
    legend: { ...(base().legend as object), data: [t.alivePlan, t.aliveCounterfactual, ...(d.band ? [{ name: t.bandPlan, icon: 'rect', itemStyle: { color: PALETTE.planBand } }] : [])] },
    xAxis: weekAxis(d.weeks, t.week),
    yAxis: valueAxis(t.customersAxis, (v) => (max < 1e6 ? f.count(v) : f.countCompact(v)), { min: Math.max(0, Math.floor(min / step - 1) * step), interval: step }),
    series: [
      ...(d.band ? bandSeries('alive-band', t.bandPlan, d.band, PALETTE.planBand) : []),
      { name: t.alivePlan, type: 'line', data: d.plan, symbol: 'none', lineStyle: { width: 2.2, color: PALETTE.plan }, itemStyle: { color: PALETTE.plan }, z: 3 },
      { name: t.aliveCounterfactual, type: 'line', data: d.counterfactual, symbol: 'none', lineStyle: { width: 2, type: 'dashed', color: PALETTE.counterfactual }, itemStyle: { color: PALETTE.counterfactual }, z: 2 },
    ],
  };
}

export function costOption(results: SimulationResults, f: ReportFormat): Option {
  const t = reportText(f.locale);
  const d = costByYear(results);
  const labels = yearLabels(d, t.year, t.weeks);
  const lines = d.lines.filter((l) => l.values.some((v) => v !== 0));
  return {
    ...base(),
    legend: { ...(base().legend as object), type: 'plain' },
    grid: { left: 70, right: 24, top: 52, bottom: 36 },
    xAxis: { type: 'category', data: labels, axisTick: { show: false }, axisLine: { lineStyle: { color: PALETTE.muted } }, axisLabel: { color: PALETTE.ink, fontSize: 10.5 } },
    yAxis: valueAxis(`${t.total} (${f.currencySymbol})`, (v) => f.moneyCompact(v)),
    series: [
      ...lines.map((l) => ({
        name: seriesLabel(f.locale, l.key),
        type: 'bar',
        stack: 'cost',
        data: l.values,
        barMaxWidth: 90,
        itemStyle: { color: PALETTE.costs[Math.max(0, (['rewardCost', 'punchCardCost', 'privilegeCost', 'contactCost', 'partnerNetCost', 'fixedCost'] as const).indexOf(l.key))] },
      })),
      {
        name: t.liabilityAtHorizon,
        type: 'bar',
        stack: 'cost',
        data: d.liabilityAtHorizon,
        barMaxWidth: 90,
        itemStyle: { color: PALETTE.accrual, borderColor: PALETTE.plan, borderType: 'dashed', borderWidth: 1 },
        // The year's total above each bar: the figure a reader looks for first.
        label: { show: true, position: 'top', color: PALETTE.ink, fontSize: 10.5, fontWeight: 'bold', formatter: (p: { dataIndex: number }) => f.money(d.total[p.dataIndex] ?? 0) },
      },
    ],
  };
}

export function liabilityOption(results: SimulationResults, f: ReportFormat): Option {
  const t = reportText(f.locale);
  const d = liabilityData(results);
  return {
    ...base(),
    legend: { ...(base().legend as object), data: [t.liabilityAtCost, t.deferredRevenue, ...(d.band ? [{ name: `${t.liabilityAtCost}, P10–P90`, icon: 'rect', itemStyle: { color: PALETTE.planBand } }] : [])] },
    xAxis: weekAxis(d.weeks, t.week),
    yAxis: valueAxis(f.currencySymbol, (v) => f.moneyCompact(v)),
    series: [
      ...(d.band ? bandSeries('liability-band', `${t.liabilityAtCost}, P10–P90`, d.band, PALETTE.planBand) : []),
      { name: t.liabilityAtCost, type: 'line', data: d.liability, symbol: 'none', lineStyle: { width: 2.2, color: PALETTE.plan }, itemStyle: { color: PALETTE.plan }, z: 3 },
      // Dashed over the liability: with cash-like rewards the two nearly coincide and a solid line would hide one.
      { name: t.deferredRevenue, type: 'line', data: d.deferred, symbol: 'none', lineStyle: { width: 2, type: 'dashed', color: PALETTE.deferred }, itemStyle: { color: PALETTE.deferred }, z: 4 },
    ],
  };
}

export function pointsOption(results: SimulationResults, f: ReportFormat): Option {
  const t = reportText(f.locale);
  const d = pointsFlowsData(results, t.quarter);
  const maxIn = Math.max(1, ...d.labels.map((_, i) => d.issued.reduce((a, s) => a + s.values[i]!, 0)));
  const maxOut = Math.max(0, ...d.labels.map((_, i) => d.redeemed[i]! + d.expired[i]!));
  const maxBal = Math.max(1, ...d.outstanding);
  // Both axes get the same number of round steps above and below zero, so the balance line and
  // the bars read against one baseline and neither axis ends on an odd figure.
  const step = niceStep(Math.max(maxIn, maxOut) / 4);
  const up = Math.ceil(maxIn / step);
  const down = Math.ceil(maxOut / step);
  const balStep = niceStep(maxBal / up);
  return {
    ...base(),
    grid: { left: 70, right: 70, top: 52, bottom: 36 },
    xAxis: { type: 'category', data: d.labels, axisTick: { show: false }, axisLine: { onZero: true, lineStyle: { color: PALETTE.muted } }, axisLabel: { color: PALETTE.ink, fontSize: 10.5 } },
    yAxis: [
      valueAxis(`${t.points} (+ ${t.issued.toLowerCase()}, – ${t.redeemed.toLowerCase()} / ${t.expired.toLowerCase()})`, (v) => f.countCompact(v), { min: -down * step, max: up * step, interval: step }),
      valueAxis(t.outstanding, (v) => (v < 0 ? '' : f.countCompact(v)), { position: 'right', min: -down * balStep, max: up * balStep, interval: balStep, splitLine: { show: false }, nameGap: 50 }),
    ],
    series: [
      ...d.issued.map((s, i) => ({ name: seriesLabel(f.locale, s.key), type: 'bar', stack: 'in', data: s.values, barMaxWidth: 38, itemStyle: { color: PALETTE.issued[i % PALETTE.issued.length] } })),
      { name: t.redeemed, type: 'bar', stack: 'out', data: d.redeemed.map((v) => -v), barMaxWidth: 38, itemStyle: { color: PALETTE.redeemed } },
      { name: t.expired, type: 'bar', stack: 'out', data: d.expired.map((v) => -v), barMaxWidth: 38, itemStyle: { color: PALETTE.expired } },
      { name: t.outstanding, type: 'line', yAxisIndex: 1, data: d.outstanding, symbol: 'circle', symbolSize: 5, lineStyle: { width: 2, color: PALETTE.outstanding }, itemStyle: { color: PALETTE.outstanding }, z: 5 },
    ],
  };
}

/** A round axis step (1, 2, 2.5 or 5 times a power of ten) at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power;
}

/**
 * An echarts option as SVG text, rendered in Node with echarts' server-side renderer (no
 * browser, no canvas), so the PDF keeps the chart as vectors.
 */
export function renderSvg(option: Option, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export interface ReportChart {
  key: 'retention' | 'cost' | 'liability' | 'points';
  title: string;
  note: string;
  option: Option;
}

export function reportCharts(results: SimulationResults, f: ReportFormat): ReportChart[] {
  const t = reportText(f.locale);
  return [
    { key: 'retention', title: t.chartRetention, note: hasBands(results) ? `${t.chartRetentionNote} ${t.bandShadingNote}` : t.chartRetentionNote, option: retentionOption(results, f) },
    { key: 'cost', title: t.chartCost, note: t.chartCostNote, option: costOption(results, f) },
    { key: 'liability', title: t.chartLiability, note: hasBands(results) ? `${t.chartLiabilityNote} ${t.liabilityBandNote}` : t.chartLiabilityNote, option: liabilityOption(results, f) },
    { key: 'points', title: t.chartPoints, note: t.chartPointsNote, option: pointsOption(results, f) },
  ];
}

import type { KpiBand, KpiKey, KpiUnit, SimulationResults } from '../../../../shared/simulation/results';
import type { Formatters } from '../../format/formatters';
import type { simulation as simulationTexts } from '../../i18n/locales/en/simulation';
import { englishSimulationT, type SimulationT } from './simulationText';

/**
 * The dashboard's headline figures: which KPIs get a card, what each is called, and how a value
 * reads in its unit. Pure, so the cards' wording and rounding are tested.
 */

/** The KPIs that have a card, and so a name and a meaning in the 'simulation' texts. */
export type HeadlineKpiKey = KpiKey & keyof typeof simulationTexts.kpis;

export interface KpiCardSpec {
  key: HeadlineKpiKey;
  /** The English name (the interface shows `kpis.<key>.label`). */
  label: string;
  /** What the figure means, for the card's tooltip. */
  meaning: string;
  /** A figure where a negative value is bad news and shows in red. */
  signed?: boolean;
}

/** In reading order: reach, value, cost, return, liability, retention. */
export const HEADLINE_KPIS: readonly KpiCardSpec[] = [
  { key: 'members', label: 'Members', meaning: 'Customers enrolled in the programme at the end of the horizon.' },
  { key: 'incrementalRevenue', label: 'Incremental revenue', meaning: 'Revenue with the plan minus revenue without it, on the same customers, over the horizon.', signed: true },
  { key: 'programmeCost', label: 'Programme cost', meaning: 'Rewards, punch cards, privileges, contacts, partner settlement and fixed costs over the horizon, plus the liability at cost still outstanding at its end (accrued, not only paid).' },
  { key: 'freeRewardRateTotal', label: 'Free-reward rate', meaning: 'Reward cost (redeemed, punch cards and the liability left at the end) as a share of sales (“tasa de gratuidad”), on total sales; the detail gives it on member sales.' },
  { key: 'netIncrementalProfit', label: 'Net incremental profit', meaning: 'Incremental margin minus the programme cost.', signed: true },
  { key: 'roi', label: 'ROI', meaning: 'Net incremental profit per unit of programme cost.', signed: true },
  // Payback leads on the cash basis (what a treasurer watches) with the accrued week in its detail;
  // NPV leads on the accrued basis (the points already earned are a debt) with the cash figure in its detail.
  { key: 'paybackWeeksCash', label: 'Payback, cash basis', meaning: 'The week from which the cumulative incremental margin stays above the cumulative cost paid; the detail gives it on the accrued basis.' },
  { key: 'npvAccrued', label: 'NPV, accrued basis', meaning: 'Incremental margin less costs paid and less the growth of the points liability at cost, discounted at the plan’s rate.', signed: true },
  { key: 'liabilityAtCostEnd', label: 'Liability at cost', meaning: 'What honouring the points outstanding at the end of the horizon would cost, after expected breakage.' },
  { key: 'retainedCustomers', label: 'Retained customers', meaning: 'Customers alive at the end with the plan minus those alive without it.', signed: true },
  { key: 'costPerRetainedCustomer', label: 'Cost per retained customer', meaning: 'Programme cost divided by the customers the plan retains.' },
  { key: 'breakage', label: 'Breakage', meaning: 'Share of the points issued that are expected never to be redeemed: expired, or held by customers who have lapsed.' },
];

/**
 * A value in its unit. Shares and ratios (ROI) read as percentages; money has no cents unless
 * small; a missing or non-finite value (no payback within the horizon, a cost per retained
 * customer when none is retained) reads as a dash.
 */
export function formatKpiValue(value: number | null | undefined, unit: KpiUnit, format: Formatters, scale: number = value ?? 0, t: SimulationT = englishSimulationT): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  // `scale` picks the precision, so the figures of one band (base, P10, P90) share it.
  const size = Number.isFinite(scale) ? Math.abs(scale) : Math.abs(value);
  switch (unit) {
    case 'currency':
      return size < 100 ? format.currencyPrecise(value) : format.currency(value);
    case 'share':
      // Free-reward rates sit around 1%: two decimals there, where one would hide the difference between plans.
      return size < 0.1 ? percentTwoDecimals(value, format.locale) : format.percent(value);
    case 'ratio':
      return format.percent(value);
    case 'customers':
      return format.count(value);
    case 'weeks':
      return t('kpi.weeks', { count: Math.abs(value) === 1 ? 1 : 2, value: format.decimal(value) });
  }
}

function percentTwoDecimals(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(share);
}

/**
 * The spread over the assumption draws, "P10–P90 €250,000 – €560,000"; null with one draw (there
 * is no spread). The percentiles are over the draws where the figure exists, so they are null
 * only when it exists in none.
 */
export function kpiBandText(band: KpiBand, draws: number, format: Formatters, t: SimulationT = englishSimulationT): string | null {
  if (draws <= 1) return null;
  if (band.p10 === null || band.p90 === null) return isPayback(band.key) ? t('kpi.noPaybackAnyDraw') : t('kpi.noDraw');
  const scale = bandScale(band);
  // Weeks are named once, after the range: "29 – 52 weeks".
  if (band.unit === 'weeks') return `P10–P90 ${format.decimal(band.p10)} – ${formatKpiValue(band.p90, 'weeks', format, undefined, t)}`;
  return `P10–P90 ${formatKpiValue(band.p10, band.unit, format, scale, t)} – ${formatKpiValue(band.p90, band.unit, format, scale, t)}`;
}

const isPayback = (key: KpiKey): boolean => key === 'paybackWeeksCash' || key === 'paybackWeeksAccrued';

/** The largest finite figure of a band: the precision its figures share. */
export function bandScale(band: KpiBand): number {
  return Math.max(0, ...[band.headline, band.base, band.p10, band.p90].filter((v): v is number => v !== null && Number.isFinite(v)).map(Math.abs));
}

/** The card's main figure (the median over the draws; the base case with one draw), at the precision of its band. */
export function kpiHeadlineText(band: KpiBand, format: Formatters, t: SimulationT = englishSimulationT): string {
  return formatKpiValue(band.headline, band.unit, format, bandScale(band), t);
}

/**
 * A payback as a card shows it: a week, "Not within horizon" (one draw, never reached) or "Not
 * reached in most draws" (several draws, reached in fewer than half: no median week to give).
 */
export function paybackText(band: KpiBand, horizonWeeks: number, draws: number, format: Formatters, t: SimulationT = englishSimulationT): string {
  const week = band.headline;
  if (week === null || !Number.isFinite(week) || week > horizonWeeks) return draws > 1 && band.drawsWithValue > 0 ? t('kpi.notReachedMostDraws') : t('kpi.notWithinHorizon');
  return formatKpiValue(Math.round(week), 'weeks', format, undefined, t);
}

/** The figure of a card in its own terms: payback in weeks (or why there is none), anything else in its unit. */
export function kpiValueText(band: KpiBand, results: Pick<SimulationResults, 'horizonWeeks' | 'draws'>, format: Formatters, t: SimulationT = englishSimulationT): string {
  return isPayback(band.key) ? paybackText(band, results.horizonWeeks, results.draws, format, t) : kpiHeadlineText(band, format, t);
}

/**
 * The secondary line under the band: the base case, labelled, and the Monte Carlo standard error
 * of the median, "base case €2,307,742 · MC s.e. ±€51,221"; for a figure missing in some draws,
 * in how many it exists. null with one draw (the headline is the base case).
 */
export function kpiBaseCaseText(band: KpiBand, draws: number, format: Formatters, t: SimulationT = englishSimulationT): string | null {
  if (draws <= 1) return null;
  const scale = bandScale(band);
  const base = isPayback(band.key)
    ? band.base === null
      ? t('kpi.notWithinHorizon').toLowerCase()
      : formatKpiValue(band.base, 'weeks', format, undefined, t)
    : formatKpiValue(band.base, band.unit, format, scale, t);
  const parts: string[] = [t('kpi.baseCase', { value: base })];
  if (band.mcStandardError !== null) parts.push(t('kpi.mcError', { value: mcErrorValue(band.mcStandardError, band.unit, format, t) }));
  if (band.drawsWithValue < draws) parts.push(t('kpi.reachedIn', { reached: format.count(band.drawsWithValue), draws: format.count(draws) }));
  return parts.join(' · ');
}

/** An error below the printed precision of a share reads "<0.01%", not a "0.00%" that looks like none. */
function mcErrorValue(error: number, unit: KpiUnit, format: Formatters, t: SimulationT): string {
  if ((unit === 'share' || unit === 'ratio') && error > 0 && error < 0.00005) return `<${formatKpiValue(0.0001, 'share', format, 0, t)}`;
  if (unit === 'weeks') return `±${formatKpiValue(error, 'weeks', format, undefined, t)}`;
  return `±${formatKpiValue(error, unit, format, unit === 'share' || unit === 'ratio' ? 0 : error, t)}`;
}

/** The card's tooltip on its figure: what the median, the band, the base case and the error are. */
export function kpiHeadlineTip(draws: number, format: Formatters, t: SimulationT = englishSimulationT): string {
  return draws > 1 ? t('kpi.headlineTip', { draws: format.count(draws) }) : t('kpi.headlineTipOne');
}

/** The run's discount rate as a percentage; a dash for a run stored before runs recorded it. */
export function discountRateText(results: Pick<SimulationResults, 'discountRatePerYear'>, format: Formatters): string {
  return Number.isFinite(results.discountRatePerYear) ? format.percent(results.discountRatePerYear) : '—';
}

export function kpiByKey(results: SimulationResults): Map<KpiKey, KpiBand> {
  return new Map(results.kpis.map((k) => [k.key, k]));
}

/** A second line under a card's figure, from the other KPIs: the context a finance reader asks for next. */
export function kpiDetail(key: KpiKey, results: SimulationResults, format: Formatters, t: SimulationT = englishSimulationT): string | null {
  const kpis = kpiByKey(results);
  const value = (k: KpiKey) => kpis.get(k)?.headline ?? null;
  const shown = (k: KpiKey) => {
    const band = kpis.get(k);
    return band ? kpiValueText(band, results, format, t) : '—';
  };
  switch (key) {
    case 'members': {
      const members = value('members');
      return members !== null && results.baseCustomers > 0 ? t('kpi.membersDetail', { share: format.percent(members / results.baseCustomers), customers: format.count(results.baseCustomers) }) : null;
    }
    case 'incrementalRevenue':
      return kpis.has('incrementalMargin') ? t('kpi.marginDetail', { value: shown('incrementalMargin') }) : null;
    case 'programmeCost':
      return kpis.has('rewardCost') ? t('kpi.rewardsDetail', { value: shown('rewardCost') }) : null;
    case 'freeRewardRateTotal':
      return kpis.has('freeRewardRateMembers') ? t('kpi.memberSalesDetail', { value: shown('freeRewardRateMembers') }) : null;
    case 'netIncrementalProfit':
      return kpis.has('breakEvenSalesLift') ? t('kpi.breakEvenDetail', { value: shown('breakEvenSalesLift') }) : null;
    case 'roi':
      return t('kpi.roiDetail');
    case 'npvAccrued':
      return t('kpi.npvDetail', { cash: shown('npvCash'), rate: discountRateText(results, format) });
    case 'breakage':
      return t('kpi.breakageDetail');
    case 'paybackWeeksCash':
      return t('kpi.paybackDetail', { accrued: shown('paybackWeeksAccrued'), weeks: format.count(results.horizonWeeks) });
    case 'liabilityAtCostEnd':
      return kpis.has('deferredRevenueEnd') ? t('kpi.deferredDetail', { value: shown('deferredRevenueEnd') }) : null;
    case 'retainedCustomers':
      return kpis.has('aliveEndPlan') && kpis.has('aliveEndCounterfactual') ? t('kpi.aliveDetail', { plan: shown('aliveEndPlan'), counterfactual: shown('aliveEndCounterfactual') }) : null;
    case 'costPerRetainedCustomer':
      return kpis.has('retentionRatePlan') && kpis.has('retentionRateCounterfactual') ? t('kpi.retentionDetail', { plan: shown('retentionRatePlan'), counterfactual: shown('retentionRateCounterfactual') }) : null;
    default:
      return null;
  }
}

/** Negative money or returns in red, so a loss is not read as a gain at a glance. */
export function kpiTone(spec: KpiCardSpec, band: KpiBand | undefined): 'negative' | 'neutral' {
  return spec.signed && band && band.headline !== null && Number.isFinite(band.headline) && band.headline < 0 ? 'negative' : 'neutral';
}

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
  { key: 'paybackWeeks', label: 'Payback', meaning: 'The week from which the cumulative incremental margin stays above the cumulative cost paid.' },
  { key: 'npv', label: 'NPV', meaning: 'Weekly net incremental profit discounted at the plan’s discount rate, less the discounted liability left at the end.', signed: true },
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
  if (band.p10 === null || band.p90 === null) return band.key === 'paybackWeeks' ? t('kpi.noPaybackAnyDraw') : t('kpi.noDraw');
  const scale = bandScale(band);
  // Weeks are named once, after the range: "29 – 52 weeks".
  if (band.unit === 'weeks') return `P10–P90 ${format.decimal(band.p10)} – ${formatKpiValue(band.p90, 'weeks', format, undefined, t)}`;
  return `P10–P90 ${formatKpiValue(band.p10, band.unit, format, scale, t)} – ${formatKpiValue(band.p90, band.unit, format, scale, t)}`;
}

/** The largest finite figure of a band: the precision its three figures share. */
export function bandScale(band: KpiBand): number {
  return Math.max(0, ...[band.base, band.p10, band.p90].filter((v): v is number => v !== null && Number.isFinite(v)).map(Math.abs));
}

/** The card's main figure, at the precision of its band. */
export function kpiBaseText(band: KpiBand, format: Formatters, t: SimulationT = englishSimulationT): string {
  return formatKpiValue(band.base, band.unit, format, bandScale(band), t);
}

/** The value a card shows for a payback the run never reached: clearer than a dash. */
export function paybackText(band: KpiBand, horizonWeeks: number, format: Formatters, t: SimulationT = englishSimulationT): string {
  if (band.base === null || !Number.isFinite(band.base) || band.base > horizonWeeks) return t('kpi.notWithinHorizon');
  return formatKpiValue(band.base, 'weeks', format, undefined, t);
}

export function kpiByKey(results: SimulationResults): Map<KpiKey, KpiBand> {
  return new Map(results.kpis.map((k) => [k.key, k]));
}

/** A second line under a card's figure, from the other KPIs: the context a finance reader asks for next. */
export function kpiDetail(key: KpiKey, results: SimulationResults, format: Formatters, t: SimulationT = englishSimulationT): string | null {
  const kpis = kpiByKey(results);
  const value = (k: KpiKey) => kpis.get(k)?.base ?? null;
  const shown = (k: KpiKey) => {
    const band = kpis.get(k);
    return band ? formatKpiValue(band.base, band.unit, format, undefined, t) : '—';
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
    case 'npv':
      return t('kpi.npvDetail');
    case 'breakage':
      return t('kpi.breakageDetail');
    case 'paybackWeeks':
      return t('kpi.paybackDetail', { weeks: format.count(results.horizonWeeks) });
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
  return spec.signed && band && band.base !== null && Number.isFinite(band.base) && band.base < 0 ? 'negative' : 'neutral';
}

import type { Locale } from '../../../shared/contract/scenarioSchemas';
import type { KpiKey, KpiUnit, SimulationResults } from '../../../shared/simulation/results';
import { DISCOUNTED_KPIS, hasBands, kpiBand, PAYBACK_KPIS } from './reportData';
import { formatKpi, type ReportFormat } from './reportFormat';
import { kpiLabel, type ReportText } from './reportText';

/**
 * The KPI table's cells as the three reports print them: the headline (the median over the
 * draws; the base case with one draw), P10 and P90, the base case and the Monte Carlo error of
 * the median, and a label that carries the discount rate where the figure depends on it. One
 * function for the PDF, the deck and the workbook, so they cannot disagree.
 */

export interface KpiCells {
  key: KpiKey;
  label: string;
  headline: string;
  p10: string;
  p90: string;
  base: string;
  mcError: string;
}

/** The discount rate as the reports write it: "8.0% a year", "8,0 % anual". */
export function discountRateText(results: SimulationResults, locale: Locale, f: ReportFormat): string {
  const rate = rateOf(results, f);
  return locale === 'es' ? `${rate} anual` : `${rate} a year`;
}

/** A KPI's name, with the discount rate for NPV: "NPV, accrued basis (8.0%)" (the note under the table says "a year"). */
export function reportKpiLabel(results: SimulationResults, key: KpiKey, locale: Locale, f: ReportFormat): string {
  const label = kpiLabel(locale, key);
  return DISCOUNTED_KPIS.has(key) ? `${label} (${rateOf(results, f)})` : label;
}

/** The discount rate as a percentage; a dash for a run stored before runs recorded it. */
const rateOf = (results: SimulationResults, f: ReportFormat): string => (Number.isFinite(results.discountRatePerYear) ? f.percent(results.discountRatePerYear, 1) : '—');

export function kpiCells(results: SimulationResults, key: KpiKey, locale: Locale, f: ReportFormat, t: ReportText): KpiCells {
  const b = kpiBand(results, key);
  const none = PAYBACK_KPIS.has(key) ? t.notReached : t.none;
  const cell = (v: number | null) => formatKpi(f, b.unit, v, none);
  return { key, label: reportKpiLabel(results, key, locale, f), headline: cell(b.headline), p10: cell(b.p10), p90: cell(b.p90), base: cell(b.base), mcError: mcErrorText(b.mcStandardError, b.unit, f, t) };
}

/**
 * The Monte Carlo error of a median: "±€470", "±0.5" weeks (one decimal: an error below a week
 * still says something), "±0" when the draws agree exactly, and "<0.01%" rather than a "±0.00%"
 * that would read as zero for a share whose error is below its printed precision.
 */
function mcErrorText(error: number | null, unit: KpiUnit, f: ReportFormat, t: ReportText): string {
  if (error === null) return t.none;
  if (error === 0) return '±0';
  if (unit === 'weeks') return `±${f.decimal(error, 1)}`;
  if ((unit === 'share' || unit === 'ratio') && error < 0.00005) return `<${f.percent(0.0001, 2)}`;
  return `±${formatKpi(f, unit, error, t.none)}`;
}

/**
 * The note under a KPI table: what the columns are, the two bases of payback and NPV and the
 * rate NPV is discounted at, and for a payback not reached in every draw, in how many it was.
 * `brief` leaves out the columns (the deck's slide says them in its subtitle).
 */
export function kpiTableNote(results: SimulationResults, locale: Locale, f: ReportFormat, brief = false): string {
  const rate = discountRateText(results, locale, f);
  const draws = results.draws;
  const reached = [...PAYBACK_KPIS].map((key) => ({ key, band: kpiBand(results, key) })).filter((p) => hasBands(results) && p.band.drawsWithValue < draws);
  if (locale === 'es') {
    const columns = hasBands(results)
      ? `Mediana: la cifra principal, el valor central de ${f.count(draws)} extracciones de los supuestos; P10 y P90: percentiles de cada cifra sobre las extracciones, cifra a cifra. Caso base: cada supuesto en su valor más probable; difiere de la mediana cuando los rangos de los supuestos son asimétricos. Error MC: error típico Monte Carlo de la mediana.`
      : 'Caso base: cada supuesto en su valor más probable (una sola extracción).';
    const bases = `Recuperación y VAN en base de caja (costes cuando se pagan, recompensas cuando se canjean) y en base devengada (además, el pasivo por puntos a coste a medida que se acumula); el VAN se descuenta al ${rate}.`;
    const counts = reached.map((p) => `${kpiLabel('es', p.key)}: alcanzada en ${f.count(p.band.drawsWithValue)} de ${f.count(draws)} extracciones; sus percentiles son sobre esas.`);
    return [...(brief ? [] : [columns]), bases, ...counts].join(' ');
  }
  const columns = hasBands(results)
    ? `Median: the headline, the middle of ${f.count(draws)} draws of the assumptions; P10 and P90: percentiles of each figure over the draws, taken figure by figure. Base case: every assumption at its most likely value; it differs from the median where the assumptions’ ranges are skewed. MC s.e.: the Monte Carlo standard error of the median.`
    : 'Base case: every assumption at its most likely value (a single draw).';
  const bases = `Payback and NPV on a cash basis (costs as paid, rewards as redeemed) and on an accrued basis (also the points liability at cost as it builds); NPV is discounted at ${rate}.`;
  const counts = reached.map((p) => `${kpiLabel('en', p.key)}: reached in ${f.count(p.band.drawsWithValue)} of ${f.count(draws)} draws; its percentiles are over those.`);
  return [...(brief ? [] : [columns]), bases, ...counts].join(' ');
}

import type { Distribution } from '../../../../shared/plan/assumption';
import type { Draft } from './planForm';

/**
 * How an assumption's figures are typed and read. Shares are typed as percent (0.2 is "20%"),
 * every parameter of a distribution on the same scale, so a triangular 10% / 20% / 30% reads as
 * the user would say it.
 */
export type AssumptionUnit = 'percent' | 'weeks' | 'times' | 'number';

export const UNIT_SUFFIX: Readonly<Record<AssumptionUnit, string>> = { percent: '%', weeks: ' wk', times: '×', number: '' };

export const KIND_LABELS: Readonly<Record<Distribution['kind'], string>> = { fixed: 'Fixed', uniform: 'Uniform', triangular: 'Triangular', normal: 'Normal' };

/** The parameters each kind has, in the order they are typed, with their labels. */
export const KIND_PARAMETERS = {
  fixed: [['value', 'Value']],
  uniform: [
    ['low', 'Low'],
    ['high', 'High'],
  ],
  triangular: [
    ['low', 'Low'],
    ['mode', 'Most likely'],
    ['high', 'High'],
  ],
  normal: [
    ['mean', 'Mean'],
    ['sd', 'Std. dev.'],
    ['low', 'Low bound'],
    ['high', 'High bound'],
  ],
} as const;

const tidy = (x: number): number => Number(x.toPrecision(10));

/** A stored parameter as typed: x100 for percent. */
export function toShown(value: number | '', unit: AssumptionUnit): number | '' {
  return value === '' || unit !== 'percent' ? value : tidy(value * 100);
}

export function fromShown(value: number | '', unit: AssumptionUnit): number | '' {
  return value === '' || unit !== 'percent' ? value : tidy(value / 100);
}

/** How a distribution reads in the interface's language: the units' suffixes and the locale of its figures. */
export interface DistributionWords {
  suffixes: Readonly<Record<AssumptionUnit, string>>;
  locale: string;
}

export const ENGLISH_DISTRIBUTION_WORDS: DistributionWords = { suffixes: UNIT_SUFFIX, locale: 'en-US' };

function bare(value: number | '', unit: AssumptionUnit, words: DistributionWords): string {
  if (value === '') return '?';
  const shown = toShown(value, unit) as number;
  return new Intl.NumberFormat(words.locale, { maximumFractionDigits: 2, useGrouping: false }).format(Number(shown.toFixed(2)));
}

function figure(value: number | '', unit: AssumptionUnit, words: DistributionWords): string {
  return value === '' ? '?' : `${bare(value, unit, words)}${words.suffixes[unit]}`;
}

/** "10–30%": the unit once, after the range. */
function range(low: number | '', high: number | '', unit: AssumptionUnit, words: DistributionWords): string {
  return `${bare(low, unit, words)}–${figure(high, unit, words)}`;
}

/** One line for a table cell: "20% (10–30%)", "3 wk", "2–4 wk", "0.1% ± 0.05%". */
export function describeDistribution(d: Draft<Distribution>, unit: AssumptionUnit, words: DistributionWords = ENGLISH_DISTRIBUTION_WORDS): string {
  switch (d.kind) {
    case 'fixed':
      return figure(d.value, unit, words);
    case 'uniform':
      return range(d.low, d.high, unit, words);
    case 'triangular':
      return `${figure(d.mode, unit, words)} (${range(d.low, d.high, unit, words)})`;
    case 'normal':
      return `${figure(d.mean, unit, words)} ± ${figure(d.sd, unit, words)}`;
  }
}

/** A distribution's parameter by name (as KIND_PARAMETERS lists them); '' when it has none. */
export function parameterOf(d: Draft<Distribution>, key: string): number | '' {
  const v: unknown = Reflect.get(d, key);
  return typeof v === 'number' ? v : '';
}

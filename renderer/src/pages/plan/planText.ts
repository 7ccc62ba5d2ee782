import type { TFunction } from 'i18next';
import { i18next } from '../../i18n/i18n';

/** The Plan page's translator: the interface's own in components, English where none is given (tests). */
export type PlanT = TFunction<'plan'>;

export const englishPlanT: PlanT = i18next.getFixedT('en', 'plan');

/** A number with a fixed count of decimals in the interface's locale: 0.0080, or 0,0080 in Spanish. */
export function fixedDecimals(value: number, digits: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
}

/** A share as a percentage with a fixed count of decimals: 0.75%, or 0,75 % in Spanish. */
export function percentDecimals(share: number, digits: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

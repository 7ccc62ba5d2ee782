import type { PlanCurrency, WorkspaceSettingsView } from '../../../shared/contract/methods';
import { SUGGESTED_CURRENCIES, SUGGESTED_LOCALES } from '../../../shared/domain/workspaceSettings';
import { createFormatters } from '../format/formatters';

/** The choices of the currency and locale fields, named in the interface language. */
export interface ChoiceGroup {
  group: string;
  items: { value: string; label: string }[];
}

function displayName(language: string, type: 'currency' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames([language], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every ISO 4217 code Intl knows, the common ones first: "USD — US Dollar" / "USD — dólar estadounidense". */
export function currencyChoices(language: string, groups: { common: string; all: string }): ChoiceGroup[] {
  const item = (code: string) => ({ value: code, label: `${code} — ${displayName(language, 'currency', code)}` });
  const common = new Set<string>(SUGGESTED_CURRENCIES);
  return [
    { group: groups.common, items: SUGGESTED_CURRENCIES.map(item) },
    { group: groups.all, items: Intl.supportedValuesOf('currency').filter((c) => !common.has(c)).map(item) },
  ];
}

/** The suggested locales, and the given one when it is not among them: "es-MX — español de México". */
export function localeChoices(language: string, current: string | null): { value: string; label: string }[] {
  const tags: string[] = [...SUGGESTED_LOCALES];
  if (current && !tags.includes(current)) tags.unshift(current);
  return tags.map((tag) => ({ value: tag, label: `${tag} — ${displayName(language, 'language', tag)}` }));
}

/** How the workspace's figures will read: a sum of money and a date, in the chosen locale and currency. */
export function sampleFigures(locale: string, currencyCode: string): string {
  const f = createFormatters(locale, currencyCode);
  return `${f.currencyPrecise(1234567.89)} · ${f.count(20000)} · ${f.date('2024-03-25')}`;
}

/** What a change of settings does to the workspace, said before it is made. */
export interface SettingsConsequences {
  currencyChanged: boolean;
  /** Transactions whose amounts will be read in the new currency, unconverted. */
  transactions: number;
  /** Plans left in another currency than the new one: they will not run until it is changed. */
  plansLeft: PlanCurrency[];
}

export function settingsConsequences(view: WorkspaceSettingsView, currencyCode: string): SettingsConsequences {
  const currencyChanged = currencyCode !== view.currencyCode;
  return {
    currencyChanged,
    transactions: currencyChanged ? view.transactions : 0,
    plansLeft: currencyChanged ? view.plans.filter((p) => p.currency !== currencyCode) : [],
  };
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { appLocale, createFormatters, type Formatters } from './formatters';

/**
 * The locale a workspace's figures are written in: the workspace's own (its client's: a US
 * retailer's dollars as en-US writes them, whatever the interface language), else, for a
 * workspace that never chose one, the interface's.
 *
 * The interface language stays the user's: words, and moments of the user's own (when a run was
 * made), follow appLocale(); the client's data (money, counts, dates of its transactions) follows this.
 */
export function dataLocale(summary: Pick<WorkspaceSummary, 'locale'> | null): string {
  return summary?.locale ?? appLocale();
}

/**
 * Formatters for a workspace's figures: its locale, and its currency unless the figures carry
 * their own (a run's results say the currency they were made in).
 */
export function workspaceFormatters(summary: Pick<WorkspaceSummary, 'locale' | 'currencyCode'>, currencyCode: string = summary.currencyCode): Formatters {
  return createFormatters(dataLocale(summary), currencyCode);
}

/**
 * workspaceFormatters for a component, made again when the workspace's locale or currency changes
 * (settings) and when the interface language does (a workspace without a locale follows it).
 */
export function useWorkspaceFormatters(summary: Pick<WorkspaceSummary, 'locale' | 'currencyCode'>, currencyCode: string = summary.currencyCode): Formatters {
  // Subscribed to the language, so a workspace without a locale is formatted again when it changes.
  useTranslation();
  const locale = dataLocale(summary);
  return useMemo(() => createFormatters(locale, currencyCode), [locale, currencyCode]);
}

import type { TFunction } from 'i18next';
import type { AnalysisStatus } from '../../../shared/domain/analysisResults';
import type { StaleReason } from '../../../shared/domain/scenarios';

export type ResultsT = TFunction<'results'>;

/** What changed since a kept result was made, in words: "customers segmented again and plan edited". */
export function staleReasonsText(reasons: readonly StaleReason[], t: ResultsT, language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(reasons.map((reason) => t(`because.${reason}`)));
}

/** The notice over a kept result: its heading and the sentence under it; null while it is current. */
export function staleNotice(kept: { status: AnalysisStatus; staleBecause: readonly StaleReason[] }, t: ResultsT, language: string): { title: string; text: string } | null {
  if (kept.status === 'up-to-date') return null;
  // Nothing recorded what it read: there is no "what changed" to name, only that it cannot be vouched for.
  if (kept.staleBecause.includes('unrecorded')) return { title: t('unrecordedTitle'), text: t('unrecordedText') };
  return { title: t('staleTitle', { reasons: staleReasonsText(kept.staleBecause, t, language) }), text: t('staleText') };
}

import type { ImportPreview } from '../../../shared/domain/imports';
import type { MappingDraft } from './importForm';

/**
 * The columns the suggested customer id was guessed among, the suggested one first, while the
 * user has not chosen another; null when the suggestion needs no confirming (a header vouches
 * for it and no other column ranks with it). A wrong customer id makes every row a new customer,
 * so a guess is said out loud.
 */
export function customerIdGuess(preview: ImportPreview, mapping: Pick<MappingDraft, 'customerId'>): string[] | null {
  const suggested = preview.suggestion.customerId;
  const alternatives = preview.customerIdAlternatives ?? [];
  if (suggested === null || alternatives.length === 0 || mapping.customerId !== suggested) return null;
  return [suggested, ...alternatives].map((index) => preview.columns[index]?.name ?? String(index + 1));
}

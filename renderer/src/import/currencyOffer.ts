import type { ImportPreview } from '../../../shared/domain/imports';
import { detectCurrency, resolveDetectedCurrency, type CurrencyDetection } from '../../../shared/import/detectCurrency';

/** What the wizard says about the currency of a file's amounts against the workspace's. */
export type CurrencyOffer =
  | { kind: 'none' }
  /** The workspace has no transactions yet: its currency can be set to the file's. */
  | { kind: 'offer'; detection: CurrencyDetection; proposed: string; byRegion: boolean }
  /** The workspace already holds transactions in its currency: the amounts will be read in it, unconverted. */
  | { kind: 'differs'; detection: CurrencyDetection }
  /** The file writes amounts in several currencies: no workspace currency fits them all. */
  | { kind: 'mixed'; detection: CurrencyDetection };

/**
 * The detection for the amount column the user mapped: the preview's own for the column it
 * suggested (read from up to 200 rows), else read again from the rows the wizard has.
 */
export function detectionFor(preview: ImportPreview, amountColumn: number | null): CurrencyDetection | null {
  if (amountColumn === preview.suggestion.amount) return preview.currency ?? null;
  return detectCurrency(preview.columns, preview.rows, amountColumn);
}

export function currencyOffer(detection: CurrencyDetection | null, workspace: { currencyCode: string; locale: string | null; transactions: number }): CurrencyOffer {
  if (!detection) return { kind: 'none' };
  if (detection.mixed) return { kind: 'mixed', detection };
  // A "$" in a workspace already in one of the dollar's currencies agrees with it: nothing to say.
  if (detection.candidates.includes(workspace.currencyCode)) return { kind: 'none' };
  if (workspace.transactions > 0) return { kind: 'differs', detection };
  const { code, byRegion } = resolveDetectedCurrency(detection, workspace.locale);
  return { kind: 'offer', detection, proposed: code, byRegion };
}

import type { ReadOptions } from '../contract/importSchemas';
import type { CurrencyDetection } from '../import/detectCurrency';
import type { DetectedColumn } from '../import/detectFormat';
import type { UnicodeForm } from '../import/fileBytes';

/** What an import did, as the wizard's last step, the data-quality panel and `lw import` show it. */
export interface DroppedRows {
  reason: string;
  rows: number;
  /** The first line numbers (up to 20), to find them in the file. */
  lines: number[];
}

export interface RowError {
  line: number;
  reason: string;
}

export interface ImportReport {
  importId: number;
  kind: 'transactions' | 'attributes' | 'sample';
  fileName: string;
  fileBytes: number;
  /** Data records read (the header not counted). */
  rowsRead: number;
  rowsImported: number;
  customersAdded: number;
  /** Rows folded into another of the same customer and day (when that rule is on). */
  mergedSameDay: number;
  /** Rows left out by a business rule or skipped as bad, by reason. */
  dropped: DroppedRows[];
  elapsedMs: number;
}

export interface ImportRecord extends ImportReport {
  importedAt: string;
  settings: unknown;
}

/** How many bad lines an error lists before it only counts the rest. */
export const LISTED_ERRORS = 20;

export interface ImportPreview {
  path: string;
  fileName: string;
  fileBytes: number;
  isSpreadsheet: boolean;
  /** The settings to read the file with: detected, with what the caller fixed taking precedence. */
  read: ReadOptions;
  /**
   * Text files: the Unicode form the bytes announce (a byte-order mark, or UTF-16's zero bytes),
   * which the file is read in whatever `read.encoding` says; absent when they announce none.
   */
  unicodeForm?: UnicodeForm;
  dateFormatAmbiguous: boolean;
  columns: DetectedColumn[];
  /** The first data rows as the settings split them (the header excluded). */
  rows: string[][];
  suggestion: { customerId: number | null; date: number | null; amount: number | null };
  /**
   * Columns that rank alike with the suggested customer id (by header, then values), or, when no
   * header names the suggested one, the others it was picked from on values alone. Any: the
   * suggestion is a guess to confirm — the wizard asks, `lw import` wants --customer-col.
   * Absent or empty: a header vouches for the suggestion and no other ranks with it.
   */
  customerIdAlternatives?: number[];
  /**
   * The currency the amounts are written in (symbols or codes beside them, a column of codes, the
   * amount's header), "$" reported as ambiguous with its candidates; absent when nothing says.
   */
  currency?: CurrencyDetection;
  warnings: string[];
  /** Spreadsheets: the sheets seen. */
  sheets: string[];
}


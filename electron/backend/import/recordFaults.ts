/**
 * Faults of a file's layout that no single row stands for: a quote never closed, a line that
 * never ends, a header that names two columns alike. The rows after such a fault cannot be
 * trusted (or, for a header, which column is which), so the import refuses the file whatever
 * the bad-rows policy.
 *
 * The reader hands a fault to the row handler in place of a record's fields, with the line at
 * fault: that way it reaches the importer as rows do, through whatever stands between (the
 * parsing worker's batches among them), without a second channel. The fields are an empty array
 * known by identity; a real record is never checked beyond its length.
 */
export interface RecordFault {
  /** What is wrong, in words that follow "line N: ". */
  reason: string;
  /** How to fix the file. */
  hint: string;
}

const faults = new WeakMap<readonly string[], RecordFault>();

/** Fields that stand for a fault, to hand over in place of a record. */
export function faultRecord(fault: RecordFault): string[] {
  const fields: string[] = [];
  faults.set(fields, fault);
  return fields;
}

/** The fault these fields stand for; null for a record's fields. */
export function recordFault(fields: readonly string[]): RecordFault | null {
  return fields.length === 0 ? (faults.get(fields) ?? null) : null;
}

export const UNCLOSED_QUOTE: RecordFault = {
  reason: 'a quote opened on this line is never closed, so the rest of the file cannot be read as rows',
  hint: 'Close the quote on that line (a quote inside a quoted field is written twice: ""), or remove it, and import again.',
};

export const ENDLESS_LINE: RecordFault = {
  reason: 'this line has no end (it runs on for more than a megabyte), so the file cannot be read as rows',
  hint: 'Check that the file is a text file of rows, one per line; export it again as CSV if it is not.',
};

/** A header naming columns alike; `reason` names them (see duplicateNames). */
export const duplicateNamesFault = (reason: string): RecordFault => ({
  reason,
  hint: "Give each column its own name in the file's first row, and import again.",
});

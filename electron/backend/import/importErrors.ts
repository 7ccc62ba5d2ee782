import { BackendError } from '../../../shared/contract/errors';
import { LISTED_ERRORS, type DroppedRows, type RowError } from '../../../shared/domain/imports';

/** The error of an import stopped by bad rows: the first lines with their reasons, and the count. */
export function badRowsError(fileName: string, errors: RowError[], total: number): BackendError {
  const listed = errors.slice(0, LISTED_ERRORS).map((e) => `line ${e.line}: ${e.reason}`);
  const more = total > listed.length ? ` …and ${total - listed.length} more.` : '';
  return new BackendError(
    'bad-input',
    `${fileName} has ${total} bad row${total === 1 ? '' : 's'}; nothing was imported. ${listed.join('; ')}.${more}`,
    'Fix those lines, correct the formats or the column mapping, or choose "skip and report" to import the rest.',
  );
}

export function cancelledImport(): BackendError {
  return new BackendError('cancelled', 'The import was cancelled; the workspace is as it was before.');
}

/** Counts and remembers a few line numbers per reason. */
export class Tally {
  private readonly byReason = new Map<string, DroppedRows>();
  add(reason: string, line: number): void {
    let entry = this.byReason.get(reason);
    if (!entry) this.byReason.set(reason, (entry = { reason, rows: 0, lines: [] }));
    entry.rows++;
    if (entry.lines.length < LISTED_ERRORS) entry.lines.push(line);
  }
  addCount(reason: string, rows: number): void {
    if (rows > 0) this.byReason.set(reason, { reason, rows, lines: [] });
  }
  list(): DroppedRows[] {
    return [...this.byReason.values()];
  }
}


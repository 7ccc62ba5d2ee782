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


/**
 * What an import leaves out, as it reads: rows a business rule drops (counted by reason) and bad
 * rows — listed for the error under "stop", counted by reason under "skip and report".
 */
export class RowLedger {
  private readonly left = new Tally();
  private readonly listed: RowError[] = [];
  private badCount = 0;

  constructor(private readonly stopOnError: boolean) {}

  /** A row a rule left out (outside the date window, a return). */
  drop(reason: string, line: number): void {
    this.left.add(reason, line);
  }

  /** Rows folded into others, counted without line numbers. */
  fold(reason: string, rows: number): void {
    this.left.addCount(reason, rows);
  }

  bad(line: number, reason: string): void {
    this.badCount++;
    if (this.listed.length < LISTED_ERRORS) this.listed.push({ line, reason });
    // Quoted values differ from row to row; without them the reasons group.
    if (!this.stopOnError) this.left.add(`bad row: ${reason.replace(/"[^"]*"/g, '…')}`, line);
  }

  /** Under "stop", once a bad row is seen nothing more is written: the rest is only checked. */
  get halted(): boolean {
    return this.stopOnError && this.badCount > 0;
  }

  throwIfHalted(fileName: string): void {
    if (this.halted) throw badRowsError(fileName, this.listed, this.badCount);
  }

  dropped(): DroppedRows[] {
    return this.left.list();
  }
}

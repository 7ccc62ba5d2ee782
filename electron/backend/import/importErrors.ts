import { BackendError } from '../../../shared/contract/errors';
import { LISTED_ERRORS, type DroppedRows, type RowError } from '../../../shared/domain/imports';
import type { LeftOutRow } from './rowBatches';

/** A fault of the file's layout (see recordFaults), with its line. */
export interface FileFault extends RowError {
  hint: string;
}

/**
 * The error of an import stopped by bad rows: the first lines with their reasons, and the count.
 * With a fault of the file's layout, the fault leads the list, and the bad rows seen besides
 * follow. Either way in one shape, "<what>; nothing was imported. line N: …; line M: …." (the
 * wizard lists the lines from it).
 */
export function badRowsError(fileName: string, errors: RowError[], total: number, fault: FileFault | null = null, implausible = false): BackendError {
  const others = fault ? errors.filter((e) => e !== fault) : errors;
  const count = fault ? total - 1 : total;
  const listed = [...(fault ? [fault] : []), ...others].slice(0, LISTED_ERRORS).map((e) => `line ${e.line}: ${e.reason}`);
  const more = total > listed.length ? ` …and ${total - listed.length} more.` : '';
  const rows = `${count} bad row${count === 1 ? '' : 's'}`;
  if (fault) {
    return new BackendError('bad-input', `${fileName} cannot be imported${count > 0 ? `, and has ${rows} besides` : ''}; nothing was imported. ${listed.join('; ')}.${more}`, fault.hint);
  }
  return new BackendError(
    'bad-input',
    `${fileName} has ${rows}; nothing was imported. ${listed.join('; ')}.${more}`,
    implausible
      ? 'If those dates or amounts are real, widen the dates or the largest amount the import accepts; otherwise fix those lines, or choose "skip and report" to import the rest.'
      : 'Fix those lines, correct the formats or the column mapping, or choose "skip and report" to import the rest.',
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
 * rows — listed for the error under "stop", counted by reason under "skip and report" — and
 * faults of the file's layout, which refuse the file under either policy.
 */
export class RowLedger {
  private readonly left = new Tally();
  private readonly listed: RowError[] = [];
  private badCount = 0;
  private fault: FileFault | null = null;
  /** Whether a bad row was beyond the plausible bounds (the hint then says they can be widened). */
  private implausible = false;

  constructor(private readonly stopOnError: boolean) {}

  /** A row the reader left out, as the parser hands it over. */
  leftOut(row: LeftOutRow): void {
    if (row.fault !== undefined) this.faulty(row.line, row.reason, row.fault);
    else if (row.bad) {
      if (row.implausible) this.implausible = true;
      this.bad(row.line, row.reason);
    }
    else this.drop(row.reason, row.line);
  }

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

  /** A fault of the file's layout: the first one leads the error, whatever else was listed. */
  faulty(line: number, reason: string, hint: string): void {
    this.badCount++;
    const fault = { line, reason, hint };
    this.fault ??= fault;
    if (this.listed.length < LISTED_ERRORS) this.listed.push(fault);
  }

  /** Once a fault, or a bad row under "stop", is seen, nothing more is written: the rest is only checked. */
  get halted(): boolean {
    return this.fault !== null || (this.stopOnError && this.badCount > 0);
  }

  throwIfHalted(fileName: string): void {
    if (this.halted) throw badRowsError(fileName, this.listed, this.badCount, this.fault, this.implausible);
  }

  dropped(): DroppedRows[] {
    return this.left.list();
  }
}

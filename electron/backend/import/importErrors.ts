import { BackendError } from '../../../shared/contract/errors';
import { LISTED_ERRORS, type RowError } from '../../../shared/domain/imports';

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

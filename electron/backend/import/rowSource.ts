import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { BackendError } from '../../../shared/contract/errors';
import type { ReadOptions } from '../../../shared/contract/importSchemas';
import { notTextOf } from '../../../shared/import/fileBytes';
import { readHead, readTextRecords, skippingHeader, type RowHandler, type TextReadOptions } from './textRecords';
import { readXlsxRecords } from './xlsxRecords';

export interface RowSource {
  fileName: string;
  fileBytes: number;
  isSpreadsheet: boolean;
  /** Streams the data rows (after the header when there is one) with their line numbers. */
  read(onRow: RowHandler, hooks: { signal?: AbortSignal; onProgress?: (bytes: number) => void; onPlainRecord?: TextReadOptions['onPlainRecord'] }): Promise<void>;
}

/**
 * Opens a file to import, refusing one whose bytes are not what its name says (see
 * refuseMisnamed), before anything is written.
 */
export function openRowSource(path: string, read: ReadOptions): RowSource {
  let size: number;
  let head: Uint8Array;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
    head = readHead(path);
  } catch {
    throw new BackendError('not-found', `There is no file at ${path}.`, 'Check the path and that the file is readable.');
  }
  const isSpreadsheet = extname(path).toLowerCase() === '.xlsx';
  refuseMisnamed(basename(path), isSpreadsheet, head);
  return {
    fileName: basename(path),
    fileBytes: size,
    isSpreadsheet,
    read: async (onRow, hooks) => {
      const skipHeader = skippingHeader(read.hasHeader, onRow);
      // Spreadsheets have no text records: onPlainRecord is for text files only.
      if (isSpreadsheet) {
        await readXlsxRecords(path, { ...(read.sheet ? { sheet: read.sheet } : {}), ...(hooks.signal ? { signal: hooks.signal } : {}) }, skipHeader);
        hooks.onProgress?.(size);
      } else {
        await readTextRecords(path, { encoding: read.encoding, delimiter: read.delimiter, ...hooks }, skipHeader);
      }
    },
  };
}

/**
 * Refuses a file whose first bytes are not what its name says: a workbook, archive, PDF or other
 * binary file named as text, or text (or an old .xls) named .xlsx. Read as it is named, such a
 * file gave garbled rows and no column that held a date.
 */
function refuseMisnamed(fileName: string, isSpreadsheet: boolean, head: Uint8Array): void {
  const ext = extname(fileName).toLowerCase();
  const found = notTextOf(head);
  if (!isSpreadsheet) {
    if (found === null) return;
    const message =
      found.kind === 'binary'
        ? `${fileName} is not a text file: line ${found.line} holds a zero byte, which no text file holds.`
        : found.kind === 'xlsx'
          ? `${fileName} is an Excel workbook (XLSX) with a ${ext} name.`
          : `${fileName} is ${found.what}, not a text file of rows.`;
    throw new BackendError('bad-input', message, found.hint);
  }
  // Another zip: the workbook reader says what is wrong inside.
  if (found?.kind === 'xlsx' || found?.kind === 'zip') return;
  if (head.length === 0) throw new BackendError('bad-input', `${fileName} is empty.`, 'Save the workbook again from the spreadsheet program.');
  if (found === null) throw new BackendError('bad-input', `${fileName} is a text file, not an Excel workbook.`, 'Rename it to end in .csv (or .txt) and import it again.');
  throw new BackendError('bad-input', `${fileName} is ${found.what}, not an Excel workbook (.xlsx).`, found.hint);
}

import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { BackendError } from '../../../shared/contract/errors';
import type { ReadOptions } from '../../../shared/contract/importSchemas';
import { readTextRecords, skippingHeader, type RowHandler, type TextReadOptions } from './textRecords';
import { readXlsxRecords } from './xlsxRecords';

export interface RowSource {
  fileName: string;
  fileBytes: number;
  isSpreadsheet: boolean;
  /** Streams the data rows (after the header when there is one) with their line numbers. */
  read(onRow: RowHandler, hooks: { signal?: AbortSignal; onProgress?: (bytes: number) => void; onPlainRecord?: TextReadOptions['onPlainRecord'] }): Promise<void>;
}

export function openRowSource(path: string, read: ReadOptions): RowSource {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    throw new BackendError('not-found', `There is no file at ${path}.`, 'Check the path and that the file is readable.');
  }
  const isSpreadsheet = extname(path).toLowerCase() === '.xlsx';
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

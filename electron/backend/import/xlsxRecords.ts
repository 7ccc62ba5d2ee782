import type ExcelJS from 'exceljs';
import { BackendError } from '../../../shared/contract/errors';
import type { RowHandler } from './textRecords';

/** A spreadsheet cell as the importer reads it: text, with numbers in plain decimal-point form. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

export interface XlsxReadOptions {
  /** The sheet to read; the first when absent. */
  sheet?: string;
  signal?: AbortSignal;
  maxRows?: number;
}

/**
 * Streams one sheet of an .xlsx workbook row by row (exceljs's streaming reader, so memory stays
 * flat). Dates become YYYY-MM-DD and numbers plain decimals, so the text importer's parsing rules
 * apply unchanged. Row numbers are the sheet's own.
 */
export async function readXlsxRecords(path: string, options: XlsxReadOptions, onRow: RowHandler): Promise<{ sheet: string; sheets: string[] }> {
  // exceljs is loaded when a workbook is first read: it is a large part of the command line's
  // start, and most imports are text.
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const seen: string[] = [];
  let used: string | null = null;
  let rows = 0;
  /** What the row handler threw (a refused row, a full disk, a cancel), kept apart from the workbook's own failures. */
  let rowFailure: { error: unknown } | null = null;
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      seen.push(name);
      const wanted = options.sheet === undefined ? used === null : name === options.sheet;
      if (!wanted) continue;
      used = name;
      for await (const row of sheet) {
        if (options.signal?.aborted) return { sheet: name, sheets: seen };
        const values = row.values as ExcelJS.CellValue[];
        const fields: string[] = [];
        // values is 1-based and sparse: index 0 is unused.
        for (let c = 1; c < values.length; c++) fields.push(cellText(values[c]));
        try {
          onRow(fields, row.number);
        } catch (e) {
          rowFailure = { error: e };
          throw e;
        }
        if (options.maxRows !== undefined && ++rows >= options.maxRows) return { sheet: name, sheets: seen };
      }
    }
  } catch (e) {
    // The handler's own failure is its to report as it is: it says nothing about the workbook.
    if (rowFailure) throw rowFailure.error;
    throw new BackendError('invalid-arguments', `${path} could not be read as an Excel workbook: ${(e as Error).message}`, 'Save it again from the spreadsheet program as .xlsx, or export it as CSV.');
  }
  if (used === null) {
    throw new BackendError('not-found', `The workbook has no sheet called "${options.sheet}".`, `Its sheets: ${seen.join(', ') || 'none'}.`);
  }
  return { sheet: used, sheets: seen };
}

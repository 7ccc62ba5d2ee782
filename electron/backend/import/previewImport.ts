import type { ReadOptions } from '../../../shared/contract/importSchemas';
import type { ImportPreview } from '../../../shared/domain/imports';
import { detectColumns, detectFormat, suggestMapping } from '../../../shared/import/detectFormat';
import { splitFields } from '../../../shared/import/splitFields';
import { detectEncoding, headLines, readHead } from './textRecords';
import { openRowSource } from './rowSource';
import { readXlsxRecords } from './xlsxRecords';

const PREVIEW_ROWS = 20;

/** A fixed decimal mark wins over a detected grouping mark that would clash with it. */
function reconcile(read: ReadOptions): ReadOptions {
  return read.thousandsSeparator === read.decimalSeparator ? { ...read, thousandsSeparator: '' } : read;
}

/** Looks at the start of a file and proposes how to read it; nothing is written. */
export async function previewImport(path: string, fixed: Partial<ReadOptions> = {}): Promise<ImportPreview> {
  const source = openRowSource(path, { encoding: 'utf-8', delimiter: ',', hasHeader: false, decimalSeparator: '.', thousandsSeparator: '', dateFormat: 'iso' });
  if (source.isSpreadsheet) {
    const raw: string[][] = [];
    const { sheet, sheets } = await readXlsxRecords(path, { ...(fixed.sheet ? { sheet: fixed.sheet } : {}), maxRows: 200 }, (fields) => raw.push(fields));
    const detected = detectColumns(raw, fixed.hasHeader === undefined ? {} : { hasHeader: fixed.hasHeader });
    const read: ReadOptions = {
      encoding: 'utf-8',
      delimiter: ',',
      hasHeader: detected.hasHeader,
      decimalSeparator: fixed.decimalSeparator ?? detected.number.decimalSeparator,
      thousandsSeparator: fixed.thousandsSeparator ?? detected.number.thousandsSeparator,
      dateFormat: fixed.dateFormat ?? detected.dateFormat ?? 'iso',
      sheet,
    };
    const data = raw.filter((r) => r.some((v) => v.trim() !== '')).slice(read.hasHeader ? 1 : 0, (read.hasHeader ? 1 : 0) + PREVIEW_ROWS);
    return { path, fileName: source.fileName, fileBytes: source.fileBytes, isSpreadsheet: true, read: reconcile(read), dateFormatAmbiguous: detected.dateFormatAmbiguous, columns: detected.columns, rows: data, suggestion: suggestMapping(detected.columns), warnings: detected.warnings, sheets };
  }

  const encoding = fixed.encoding ?? detectEncoding(readHead(path));
  const lines = headLines(path, encoding);
  const detected = detectFormat(lines, {
    ...(fixed.delimiter ? { delimiter: fixed.delimiter } : {}),
    ...(fixed.hasHeader !== undefined ? { hasHeader: fixed.hasHeader } : {}),
  });
  const read: ReadOptions = {
    encoding,
    delimiter: detected.delimiter,
    hasHeader: detected.hasHeader,
    decimalSeparator: fixed.decimalSeparator ?? detected.number.decimalSeparator,
    thousandsSeparator: fixed.thousandsSeparator ?? detected.number.thousandsSeparator,
    dateFormat: fixed.dateFormat ?? detected.dateFormat ?? 'iso',
  };
  const nonBlank = lines.filter((l) => l.trim() !== '');
  const rows = nonBlank.slice(read.hasHeader ? 1 : 0, (read.hasHeader ? 1 : 0) + PREVIEW_ROWS).map((l) => splitFields(l, read.delimiter));
  return {
    path,
    fileName: source.fileName,
    fileBytes: source.fileBytes,
    isSpreadsheet: false,
    read: reconcile(read),
    dateFormatAmbiguous: detected.dateFormatAmbiguous && !fixed.dateFormat,
    columns: detected.columns,
    rows,
    suggestion: suggestMapping(detected.columns),
    warnings: detected.warnings,
    sheets: [],
  };
}

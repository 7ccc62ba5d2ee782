import type { ReadOptions } from '../../../shared/contract/importSchemas';
import type { ImportPreview } from '../../../shared/domain/imports';
import { suggestColumnRoles } from '../../../shared/import/columnRoles';
import { detectCurrency } from '../../../shared/import/detectCurrency';
import { columnType, detectColumns, detectFormat, type DetectedColumn } from '../../../shared/import/detectFormat';
import { unicodeFormOf } from '../../../shared/import/fileBytes';
import { splitFields } from '../../../shared/import/splitFields';
import { detectEncoding, headLines, readHead } from './textRecords';
import { openRowSource } from './rowSource';
import { readXlsxRecords } from './xlsxRecords';

const PREVIEW_ROWS = 20;

/**
 * The column badges as the final settings read them: once the user fixes the date format or the
 * decimal mark, a column's type follows. The ambiguity warning goes once the user has chosen.
 */
function settle(columns: DetectedColumn[], rows: string[][], read: ReadOptions, warnings: string[], fixedDate: boolean) {
  const number = { decimalSeparator: read.decimalSeparator, thousandsSeparator: read.thousandsSeparator };
  return {
    columns: columns.map((c) => ({ ...c, type: columnType(rows.map((r) => (r[c.index] ?? '').trim()), number, read.dateFormat) })),
    warnings: fixedDate ? warnings.filter((w) => !w.includes('day-first or month-first')) : warnings,
  };
}

/** A fixed decimal mark wins over a detected grouping mark that would clash with it. */
function reconcile(read: ReadOptions): ReadOptions {
  return read.thousandsSeparator === read.decimalSeparator ? { ...read, thousandsSeparator: '' } : read;
}

/**
 * Which columns hold the customer id, date and amount, read from the settled columns and every
 * sample row (a row number and a customer's repeated id look alike in the first five values).
 */
function suggest(columns: readonly DetectedColumn[], rows: readonly string[][]): Pick<ImportPreview, 'suggestion' | 'customerIdAlternatives' | 'currency'> {
  const { customerIdAlternatives, ...suggestion } = suggestColumnRoles(columns, rows);
  // The currency of the suggested amount column; the wizard looks again if the user maps another.
  const currency = detectCurrency(columns, rows, suggestion.amount);
  return { suggestion, customerIdAlternatives, ...(currency ? { currency } : {}) };
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
    const nonBlank = raw.filter((r) => r.some((v) => v.trim() !== ''));
    const data = nonBlank.slice(read.hasHeader ? 1 : 0, (read.hasHeader ? 1 : 0) + PREVIEW_ROWS);
    const final = reconcile(read);
    const sampleRows = nonBlank.slice(read.hasHeader ? 1 : 0);
    const settled = settle(detected.columns, sampleRows, final, detected.warnings, fixed.dateFormat !== undefined);
    return { path, fileName: source.fileName, fileBytes: source.fileBytes, isSpreadsheet: true, read: final, dateFormatAmbiguous: detected.dateFormatAmbiguous && !fixed.dateFormat, ...settled, rows: data, ...suggest(settled.columns, sampleRows), sheets };
  }

  const head = readHead(path);
  // A file that announces its Unicode form is read in it (see decodingOf): UTF-8 is the nearer of
  // the two encodings to show for it.
  const unicodeForm = unicodeFormOf(head);
  const encoding = fixed.encoding ?? (unicodeForm !== null ? 'utf-8' : detectEncoding(head));
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
  const sampleRows = nonBlank.slice(read.hasHeader ? 1 : 0).map((l) => splitFields(l, read.delimiter));
  const rows = sampleRows.slice(0, PREVIEW_ROWS);
  const final = reconcile(read);
  const utf16 = unicodeForm === 'utf-16le' || unicodeForm === 'utf-16be';
  const warnings = utf16 ? [...detected.warnings, `The file is in UTF-16 (${unicodeForm === 'utf-16le' ? 'little' : 'big'}-endian): it is read as such, whatever the encoding setting says.`] : detected.warnings;
  const settled = settle(detected.columns, sampleRows, final, warnings, fixed.dateFormat !== undefined);
  return {
    path,
    fileName: source.fileName,
    fileBytes: source.fileBytes,
    isSpreadsheet: false,
    read: final,
    ...(unicodeForm !== null ? { unicodeForm } : {}),
    dateFormatAmbiguous: detected.dateFormatAmbiguous && !fixed.dateFormat,
    ...settled,
    rows,
    ...suggest(settled.columns, sampleRows),
    sheets: [],
  };
}

import { detectDateFormat, mostly, parseDate, type DateFormat } from './parseDate';
import { parseNumber, type NumberFormat } from './parseNumber';
import { DELIMITERS, splitFields, type Delimiter } from './splitFields';

export type ColumnType = 'date' | 'number' | 'text' | 'empty';

export interface DetectedColumn {
  index: number;
  /** The header's name, or "Column N" (1-based) when the file has no header. */
  name: string;
  type: ColumnType;
  samples: string[];
}

export interface DetectedFormat {
  delimiter: Delimiter;
  hasHeader: boolean;
  number: NumberFormat;
  dateFormat: DateFormat | null;
  /** Day-first and month-first both fit the sample: the user must choose. */
  dateFormatAmbiguous: boolean;
  columns: DetectedColumn[];
  /** What detection could not settle, in words for the wizard. */
  warnings: string[];
}

/** The delimiter that splits the sample lines into the same number (> 1) of fields most often. */
export function detectDelimiter(lines: readonly string[]): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => splitFields(l, d).length);
    const mode = modeOf(counts);
    if (mode < 2) continue;
    const consistent = counts.filter((c) => c === mode).length / counts.length;
    // Whitespace splits nearly anything; it wins only when nothing else splits consistently.
    const score = consistent * (d === 'whitespace' ? 0.9 : 1) + mode / 1000;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function modeOf(values: readonly number[]): number {
  const freq = new Map<number, number>();
  for (const v of values) freq.set(v, (freq.get(v) ?? 0) + 1);
  let mode = 0;
  let top = 0;
  for (const [v, f] of freq) if (f > top || (f === top && v > mode)) [mode, top] = [v, f];
  return mode;
}

/** Decimal comma or point, and the grouping mark, from number-like sample values. */
export function detectNumberFormat(values: readonly string[]): NumberFormat {
  let commaDecimal = 0;
  let pointDecimal = 0;
  for (const raw of values) {
    const v = raw.trim().replace(/[€$£\s]/g, '');
    const lastComma = v.lastIndexOf(',');
    const lastPoint = v.lastIndexOf('.');
    if (lastComma >= 0 && lastPoint >= 0) {
      if (lastComma > lastPoint) commaDecimal++;
      else pointDecimal++;
    } else if (lastComma >= 0) {
      // "12,5" or "12,50" reads as a decimal comma; "1,234" is more likely grouping.
      if (v.length - lastComma - 1 !== 3) commaDecimal++;
      else pointDecimal += 0.5;
    } else if (lastPoint >= 0) {
      if (v.length - lastPoint - 1 !== 3 || !/^\d{1,3}(\.\d{3})+$/.test(v)) pointDecimal++;
      else commaDecimal += 0.5;
    }
  }
  const decimal: NumberFormat['decimalSeparator'] = commaDecimal > pointDecimal ? ',' : '.';
  const grouping = decimal === ',' ? '.' : ',';
  const grouped = values.some((v) => v.includes(grouping));
  return { decimalSeparator: decimal, thousandsSeparator: grouped ? grouping : '' };
}

/**
 * A column's type from its sample values: a date or number column when nearly all values read
 * as one (in the given date format when one is set), else text.
 */
export function columnType(values: readonly string[], number: NumberFormat, dateFormat?: DateFormat): ColumnType {
  const nonEmpty = values.filter((v) => v.trim() !== '');
  if (nonEmpty.length === 0) return 'empty';
  const isDate = dateFormat ? mostly(nonEmpty, (v) => parseDate(v, dateFormat) !== null) : detectDateFormat(nonEmpty).formats.length > 0;
  if (isDate) return 'date';
  if (mostly(nonEmpty, (v) => parseNumber(v, number) !== null)) return 'number';
  return 'text';
}

/**
 * Reads the first lines of a file and proposes how to read it: delimiter, header, number and
 * date formats, and each column's type. The wizard shows it all and lets the user correct it.
 */
export function detectFormat(lines: readonly string[], forced: { delimiter?: Delimiter; hasHeader?: boolean } = {}): DetectedFormat {
  const sample = lines.filter((l) => l.trim() !== '').slice(0, 200);
  const delimiter = forced.delimiter ?? (sample.length > 0 ? detectDelimiter(sample) : ',');
  return { delimiter, ...detectColumns(sample.map((l) => splitFields(l, delimiter)), forced) };
}

/**
 * The same, for rows already split into fields (a spreadsheet's cells): header, number and date
 * formats, and each column's type.
 */
export function detectColumns(allRows: readonly string[][], forced: { hasHeader?: boolean } = {}): Omit<DetectedFormat, 'delimiter'> {
  const rows = allRows.filter((r) => r.some((v) => v.trim() !== '')).slice(0, 200);
  const warnings: string[] = [];
  if (rows.length === 0) {
    return { hasHeader: false, number: { decimalSeparator: '.', thousandsSeparator: '' }, dateFormat: null, dateFormatAmbiguous: false, columns: [], warnings: ['The file is empty.'] };
  }
  const width = Math.max(...rows.map((r) => r.length));
  const cell = (r: readonly string[], i: number) => (r[i] ?? '').trim();

  // A header is a first row of text over columns whose other rows hold numbers or dates.
  const body = rows.slice(1);
  const numberGuess = detectNumberFormat(body.flatMap((r) => r).filter((v) => /\d/.test(v) && !/[a-z]/i.test(v)));
  let hasHeader = forced.hasHeader ?? false;
  if (forced.hasHeader === undefined && rows.length > 1) {
    const first = rows[0]!;
    let textOverTyped = 0;
    let typedColumns = 0;
    for (let i = 0; i < width; i++) {
      const t = columnType(body.map((r) => cell(r, i)), numberGuess);
      if (t === 'number' || t === 'date') {
        typedColumns++;
        if (columnType([cell(first, i)], numberGuess) === 'text') textOverTyped++;
      }
    }
    hasHeader = typedColumns > 0 ? textOverTyped > 0 : first.every((v) => /[a-z]/i.test(v));
  }
  const data = hasHeader ? body : rows;
  const numberValues = data.flatMap((r) => r).filter((v) => /\d/.test(v) && !/[a-z]/i.test(v));
  const number = detectNumberFormat(numberValues);

  const columns: DetectedColumn[] = [];
  const dateCandidates: string[] = [];
  for (let i = 0; i < width; i++) {
    const values = data.map((r) => cell(r, i));
    const type = columnType(values, number);
    if (type === 'date') dateCandidates.push(...values);
    const header = hasHeader ? cell(rows[0]!, i) : '';
    columns.push({ index: i, name: header !== '' ? header : `Column ${i + 1}`, type, samples: values.slice(0, 5) });
  }
  const dates = detectDateFormat(dateCandidates);
  if (dates.ambiguous) warnings.push('Dates could be day-first or month-first: no day in the first rows is above 12. Check the date format.');
  const duplicates = hasHeader ? duplicateNames(rows[0]!) : null;
  if (duplicates !== null) warnings.push(`${duplicates[0]!.toUpperCase()}${duplicates.slice(1)}: the import refuses the file until each column has a name of its own.`);
  const ragged = rows.filter((r) => r.length !== width).length;
  if (ragged > 0) warnings.push(`${ragged} of the first ${rows.length} lines have a different number of fields.`);
  return { hasHeader, number, dateFormat: dates.formats[0] ?? null, dateFormatAmbiguous: dates.ambiguous, columns, warnings };
}

/**
 * The header's columns that share a name (trimmed, in any case: a column is picked by name in
 * any case on the command line), in words — 'columns 2 and 5 are both named "Date"' — or null
 * when every named column has a name of its own. Unnamed columns (empty cells) are left alone.
 */
export function duplicateNames(header: readonly string[]): string | null {
  const byName = new Map<string, number[]>();
  header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (name === '') return;
    const columns = byName.get(name);
    if (columns) columns.push(i);
    else byName.set(name, [i]);
  });
  const groups = [...byName.values()].filter((columns) => columns.length > 1);
  if (groups.length === 0) return null;
  const list = (items: readonly string[]) => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`);
  const phrases = groups.map((columns) => {
    const spellings = [...new Set(columns.map((i) => header[i]!.trim()))];
    const numbers = list(columns.map((i) => String(i + 1)));
    return spellings.length === 1
      ? `columns ${numbers} are ${columns.length === 2 ? 'both' : 'all'} named "${spellings[0]!}"`
      : `columns ${numbers} are ${columns.length === 2 ? '' : 'all '}named ${list(spellings.map((n) => `"${n}"`))}`;
  });
  // Each phrase has an "and" of its own: the last one joins with a comma before it.
  return phrases.length === 1 ? phrases[0]! : `${phrases.slice(0, -1).join(', ')}, and ${phrases.at(-1)!}`;
}

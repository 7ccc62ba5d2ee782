import { amountNameScore, customerIdNameScore, dateNameScore, isRowNumberHeader, isUnnamedHeader } from './columnNames';
import type { DetectedColumn } from './detectFormat';

/**
 * Which columns of a transactions file hold the customer id, the date and the amount: a first
 * guess the wizard shows and `lw import` uses unless told otherwise. Headers are read first,
 * then the values' shape, because an export's first column is often a row number a tool added
 * (R's write.csv, pandas' to_csv) and a row number looks like an id to anyone who reads values only.
 */

export interface MappingSuggestion {
  customerId: number | null;
  date: number | null;
  amount: number | null;
  /**
   * Other columns that rank alike with the suggested customer id (by header, then values), or,
   * when no header names the suggested one, the others it was picked from on values alone. When
   * there are any, the suggestion is a guess the user must confirm (the wizard asks; `lw import`
   * refuses without --customer-col).
   */
  customerIdAlternatives: number[];
}

/**
 * What a column's values look like down the sample rows:
 * - rowNumbers: 1, 2, 3… (or 0, 1, 2…) in order, each one more than the last: a row number;
 * - unique: every value once, as a receipt's or a row's id (or a customer in a one-row-a-customer file);
 * - repeated: values that come back, as a customer's id does across their purchases;
 * - few: a handful of values over many rows, as a store, a channel or a flag;
 * - unknown: too few values to tell.
 */
export type ValueShape = 'rowNumbers' | 'unique' | 'repeated' | 'few' | 'unknown';

export function valueShape(values: readonly string[]): ValueShape {
  const present = values.map((v) => v.trim()).filter((v) => v !== '');
  if (present.length === values.length && present.length >= 3 && isRowNumberRun(present)) return 'rowNumbers';
  const n = present.length;
  const distinct = new Set(present).size;
  if (n >= 20 && distinct <= Math.max(3, n / 20)) return 'few';
  if (distinct < n) return 'repeated';
  return n >= 5 ? 'unique' : 'unknown';
}

function isRowNumberRun(values: readonly string[]): boolean {
  const first = values[0] === '0' ? 0 : values[0] === '1' ? 1 : null;
  if (first === null) return false;
  return values.every((v, i) => v === String(first + i));
}

/** Money is written with decimals or a sign; an id never is. */
function looksLikeMoney(column: DetectedColumn, values: readonly string[]): boolean {
  return column.type === 'number' && values.some((v) => /[.,]\d|^\s*[-+(]/.test(v));
}

/**
 * A column's rank as the customer id, higher first, compared key by key:
 * 1. what its header says: 3 a customer word ("Cliente", "member_id"), 2 a bare "Id",
 *    1 something about the customer ("customer_name"), 0 nothing; -2 for a column no header
 *    vouches for: a row number (by its header — empty, "X", "Unnamed: 0", "#"… — or by its
 *    values, 1..n in order) or the id of something else ("order_id");
 * 2. the shape of its values: repeated over unknown over unique or few, row numbers last.
 * Position breaks the last ties (leftmost first), as people put the key first.
 */
type Rank = readonly [header: number, shape: number];

// Customers come back; a receipt's id or a store does not tell who; a row number never does.
const SHAPE_SCORES: Readonly<Record<ValueShape, number>> = { repeated: 1, unknown: 0, unique: -1, few: -1, rowNumbers: -2 };

function customerIdRank(column: DetectedColumn, values: readonly string[], fileHasNames: boolean): Rank {
  const shape = valueShape(values);
  const name = customerIdNameScore(column.name);
  let header: number;
  // An empty header among named ones is where write.csv and to_csv put their row numbers.
  if (isRowNumberHeader(column.name) || (fileHasNames && isUnnamedHeader(column.name, column.index))) header = -2;
  // A customer's own header keeps its rank whatever its values: one purchase each is possible.
  else if (name >= 2) header = name;
  else if (shape === 'rowNumbers' || name < 0) header = -2;
  else header = name;
  return [header, SHAPE_SCORES[shape]];
}

const compareRanks = (a: Rank, b: Rank) => a[0] - b[0] || a[1] - b[1];
/**
 * Another column is an alternative to the best when it ranks the same on every key, or when no
 * header vouches for either: a choice made on values alone is a guess (a column of repeated
 * codes may be a store as well as a customer). A run of row numbers is no alternative to a
 * column a header does not rule out.
 */
const alike = (best: Rank, other: Rank) =>
  compareRanks(best, other) === 0 || (best[0] <= 0 && other[0] <= 0 && (other[1] > SHAPE_SCORES.rowNumbers || best[0] < 0));

/** The best of the columns by score (leftmost among equals), or null when none scores above zero. */
function bestByName(columns: readonly DetectedColumn[], score: (c: DetectedColumn) => number): number | null {
  let best: DetectedColumn | null = null;
  let top = 0;
  for (const c of columns) {
    const s = score(c);
    if (s > top) [best, top] = [c, s];
  }
  return best?.index ?? null;
}

/**
 * The customer id, date and amount columns of a transactions file. `rows` are sample data rows
 * (the header left out); without them the columns' own few samples are read.
 */
export function suggestColumnRoles(columns: readonly DetectedColumn[], rows?: readonly (readonly string[])[]): MappingSuggestion {
  const valuesOf = (c: DetectedColumn) => (rows && rows.length > 0 ? rows.map((r) => r[c.index] ?? '') : c.samples);

  const dates = columns.filter((c) => c.type === 'date');
  const date = bestByName(dates, (c) => dateNameScore(c.name)) ?? dates[0]?.index ?? null;

  const numbers = columns.filter((c) => c.type === 'number' && c.index !== date);
  const amount =
    bestByName(numbers, (c) => amountNameScore(c.name)) ??
    // Unnamed: the last column of money, as exports put the amount after what was bought.
    [...numbers].reverse().find((c) => looksLikeMoney(c, valuesOf(c)) && !isRowNumberHeader(c.name) && customerIdNameScore(c.name) < 2)?.index ??
    null;

  // A file without a header has every column unnamed: then names tell nothing, values do.
  const fileHasNames = columns.some((c) => !isUnnamedHeader(c.name, c.index));
  const candidates = columns
    .filter((c) => c.index !== date && c.index !== amount && c.type !== 'empty' && c.type !== 'date' && !looksLikeMoney(c, valuesOf(c)))
    .map((c) => ({ index: c.index, rank: customerIdRank(c, valuesOf(c), fileHasNames) }));
  // A stable sort keeps equals in file order.
  candidates.sort((a, b) => compareRanks(b.rank, a.rank));
  const [best, ...rest] = candidates;
  return {
    customerId: best?.index ?? null,
    date,
    amount,
    customerIdAlternatives: best ? rest.filter((c) => alike(best.rank, c.rank)).map((c) => c.index) : [],
  };
}

import type { TransactionImport } from '../../../shared/contract/importSchemas';
import type { TimeUnit } from '../../../shared/domain/timeUnits';
import { plainDateReader, plainNumberReader } from '../../../shared/import/plainFields';
import { dayOf, plausibleBounds, type PlausibleBounds } from '../../../shared/import/plausibility';
import { parseNumber, type NumberFormat } from '../../../shared/import/parseNumber';
import { MAX_ID_LENGTH, rowLimits, transactionRowReader, type RowOutcome } from '../../../shared/import/transactionRow';
import { PurchaseLog } from '../../../shared/summary/purchaseLog';
import { recordFault } from './recordFaults';

/** The transaction fields a file may leave unmapped; each is also the name of its column. */
export const OPTIONAL_COLUMNS = ['margin', 'quantity', 'channel', 'store', 'category'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];
const TEXT_COLUMNS = ['channel', 'store', 'category'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];
export type NumberColumn = Exclude<OptionalColumn, TextColumn>;
const isTextColumn = (c: OptionalColumn): c is TextColumn => (TEXT_COLUMNS as readonly string[]).includes(c);

/**
 * A text column of a batch, coded: such columns hold a few values over and over (channels,
 * stores, categories), so each distinct value crosses from the worker once and the rows carry
 * numbers. Handing a million rows' strings over cost about half a second of the writer's time
 * (copying them out of the message), measured.
 */
export interface CodedTexts {
  /** Values first seen in this batch; they take the next codes, in order. */
  newValues: string[];
  /** Per row: the value's code, NO_TEXT for an empty field, or UNCODED for a value in `uncoded`. */
  codes: Int32Array;
  /** The values of the rows coded UNCODED, in row order: new values once MAX_CODES are taken. */
  uncoded: string[];
}
export const NO_TEXT = -1;
export const UNCODED = -2;
/** Codes a column hands out at most, so memory stays bounded whatever the file holds. */
export const MAX_CODES = 1 << 16;

/**
 * A row the import leaves out: dropped by a rule (counted) or bad (an error under "stop"); or a
 * fault of the file's layout in place of a row (see recordFaults), which refuses the file.
 */
export interface LeftOutRow {
  line: number;
  reason: string;
  bad: boolean;
  /** A bad row for a value beyond the import's plausible bounds, which the user may widen. */
  implausible?: true;
  /** A fault's hint: how to fix the file. Only for faults. */
  fault?: string;
}

/**
 * A run of parsed rows, as columns, for the importer's writer. Plain typed arrays and arrays of
 * strings, so a batch crosses from the parsing worker to the writer cheaply (the typed arrays are
 * transferred, not copied), and each customer id crosses once, as a number afterwards.
 */
export interface RowBatch {
  /** Records read so far (good, dropped or bad) and bytes of the file read so far. */
  rowsRead: number;
  bytesRead: number;
  /** Customers first seen in this batch; they take the next numbers in order. */
  newCustomerIds: string[];
  customers: Int32Array;
  /** Days since 1970-01-01. */
  days: Int32Array;
  amounts: Float64Array;
  /** The mapped optional columns only: numbers as they are, text coded. */
  numbers: Partial<Record<NumberColumn, (number | null)[]>>;
  texts: Partial<Record<TextColumn, CodedTexts>>;
  /** In file order. */
  leftOut: LeftOutRow[];
}

/**
 * The customer summary folded from the purchases while reading, as columns; `customers` are
 * customer numbers, in number order. Frequency is purchase days minus one.
 */
export interface FoldedSummary {
  calibrationEnd: number;
  customers: Int32Array;
  firstDays: Int32Array;
  lastDays: Int32Array;
  purchaseDays: Int32Array;
  recency: Float64Array;
  age: Float64Array;
  totalSpend: Float64Array;
  averageSpend: Float64Array;
  repeatAverageSpend: Float64Array;
}

export type ParseSpec = Pick<TransactionImport, 'mapping' | 'read' | 'rules' | 'plausibility'>;

/** Where the summary is folded while reading: purchases up to `until` (a day number) are kept. */
export interface FoldOptions {
  until: number;
  capacity: number;
}

/**
 * Turns records of a transactions file into batches of parsed rows, numbering customers as they
 * first appear and, when asked, keeping the purchases to fold the customer summary from. The
 * same code runs in the parsing worker and, for spreadsheets and small files, in the importer's
 * own thread, so both give the same rows, line numbers and reasons.
 */
export class RowBatcher {
  private readonly readRow: (fields: readonly string[]) => RowOutcome;
  private readonly numberColumns: NumberColumn[];
  private readonly textColumns: TextColumn[];
  private readonly textCodes = new Map<TextColumn, Map<string, number>>();
  private readonly customerNumbers = new CustomerNumbers();
  private readonly log: PurchaseLog | null;
  private readonly until: number;
  private lastDay = -Infinity;
  private rowsRead = 0;

  private newIds: string[] = [];
  private customers: Int32Array;
  private days: Int32Array;
  private amounts: Float64Array;
  private numbers: Partial<Record<NumberColumn, (number | null)[]>> = {};
  private texts: Partial<Record<TextColumn, CodedTexts>> = {};
  private leftOut: LeftOutRow[] = [];
  private rows = 0;
  /** What addPlain needs, read off the spec once; null when the delimiter is whitespace. */
  private readonly plain: PlainLayout | null;

  constructor(
    spec: ParseSpec,
    fold: FoldOptions | null,
    readonly batchRows: number,
  ) {
    // The import's day is read here, once: the worker and the importing thread each make one batcher.
    const bounds = plausibleBounds(spec.plausibility, dayOf(Date.now()));
    this.readRow = transactionRowReader(spec.mapping, spec.read, spec.rules, bounds);
    const mapped = OPTIONAL_COLUMNS.filter((c) => spec.mapping[c] !== undefined);
    this.numberColumns = mapped.filter((c): c is NumberColumn => !isTextColumn(c));
    this.textColumns = mapped.filter(isTextColumn);
    for (const c of this.textColumns) this.textCodes.set(c, new Map());
    this.log = fold ? new PurchaseLog(fold.capacity) : null;
    this.until = fold?.until ?? Infinity;
    this.customers = new Int32Array(batchRows);
    this.days = new Int32Array(batchRows);
    this.amounts = new Float64Array(batchRows);
    this.resetOptional();
    this.plain = plainLayout(spec, bounds, this.numberColumns, this.textColumns);
  }

  /** Whether the current batch is full and should be taken. */
  get full(): boolean {
    return this.rows === this.batchRows;
  }

  /** Rows parsed into the current batch, or left out since the last one was taken. */
  get pending(): number {
    return this.rows + this.leftOut.length;
  }

  add(fields: string[], line: number): void {
    const fault = recordFault(fields);
    if (fault !== null) {
      this.leftOut.push({ line, reason: fault.reason, bad: true, fault: fault.hint });
      return;
    }
    this.rowsRead++;
    const outcome = this.readRow(fields);
    if (outcome.kind === 'dropped') {
      this.leftOut.push({ line, reason: outcome.reason, bad: false });
      return;
    }
    if (outcome.kind === 'error') {
      this.leftOut.push(outcome.implausible ? { line, reason: outcome.reason, bad: true, implausible: true } : { line, reason: outcome.reason, bad: true });
      return;
    }
    const row = outcome.row;
    const i = this.push(row.customerId, 0, row.customerId.length, row.day, row.amount);
    for (const c of this.numberColumns) this.numbers[c]!.push(row[c]);
    for (const c of this.textColumns) this.texts[c]!.codes[i] = this.codeOf(c, row[c]);
  }

  /**
   * Adds a good row's customer (its id is text[idFrom..idTo)), day and amount; returns its index
   * in the batch.
   */
  private push(text: string, idFrom: number, idTo: number, day: number, amount: number): number {
    const customers = this.customerNumbers;
    const customer = customers.numberOf(text, idFrom, idTo);
    // A whole-string slice is the string itself.
    if (customers.added) this.newIds.push(text.slice(idFrom, idTo));
    if (day > this.lastDay) this.lastDay = day;
    if (this.log !== null && day <= this.until) this.log.add(customer, day, amount);
    const i = this.rows++;
    this.customers[i] = customer;
    this.days[i] = day;
    this.amounts[i] = amount;
    return i;
  }

  /**
   * The fast path for a record of plain text, text[from..to) (one line with no quote in it): adds
   * it and returns true when it is a good row in the commonest shapes (fields that need no
   * trimming, amounts and dates plainFields reads), with exactly the values `add` would give;
   * otherwise changes nothing and returns false, and the caller splits the record and calls
   * `add` (which names the error, counts the drop, or reads the unusual field). Hand-tuned for
   * the import's speed goal (issue 3): no array of fields, no substring for a date or an
   * amount, no outcome object; about a third of the parsing worker's time on a million rows.
   */
  addPlain(text: string, from: number, to: number): boolean {
    const p = this.plain;
    if (p === null) return false;
    // Field k is text[bounds[2k] .. bounds[2k + 1]). A loop over the record, not indexOf: a
    // record with too few fields must not send a search on through the rest of the chunk.
    const bounds = p.bounds;
    const last = p.needed - 1;
    let at = from;
    for (let k = 0, i = from; ; i++) {
      if (i === to) {
        if (k !== last) return false;
        bounds[2 * k] = at;
        bounds[2 * k + 1] = to;
        break;
      }
      if (text.charCodeAt(i) === p.delimiter) {
        bounds[2 * k] = at;
        bounds[2 * k + 1] = i;
        at = i + 1;
        if (k++ === last) break;
      }
    }
    const idFrom = bounds[2 * p.customerId]!;
    const idTo = bounds[2 * p.customerId + 1]!;
    if (idTo - idFrom > MAX_ID_LENGTH || !untrimmed(text, idFrom, idTo)) return false;
    const day = p.date(text, bounds[2 * p.dateCol]!, bounds[2 * p.dateCol + 1]!);
    // NaN compares false: not read here.
    if (!(day >= p.from && day <= p.to)) return false;
    const amount = p.amount(text, bounds[2 * p.amountCol]!, bounds[2 * p.amountCol + 1]!);
    // NaN compares false too: not read here.
    const max = p.maxAmount;
    if (!(amount >= -max && amount <= max) || (amount < 0 && p.dropNegative)) return false;
    const numbers = p.numberValues;
    for (let k = 0; k < p.numberCols.length; k++) {
      const col = p.numberCols[k]!;
      const v = optionalNumber(text, bounds[2 * col]!, bounds[2 * col + 1]!, p.amount, p.numberFormat);
      if (v === undefined || (v !== null && !(v >= -max && v <= max))) return false;
      numbers[k] = v;
    }

    this.rowsRead++;
    const i = this.push(text, idFrom, idTo, day, amount);
    for (let k = 0; k < p.numberCols.length; k++) this.numbers[this.numberColumns[k]!]!.push(numbers[k]!);
    for (let k = 0; k < p.textCols.length; k++) {
      const col = p.textCols[k]!;
      const a = bounds[2 * col]!;
      const b = bounds[2 * col + 1]!;
      const c = this.textColumns[k]!;
      this.texts[c]!.codes[i] = a === b ? NO_TEXT : this.codeOf(c, optionalText(text, a, b));
    }
    return true;
  }

  private codeOf(column: TextColumn, value: string | null): number {
    if (value === null) return NO_TEXT;
    const codes = this.textCodes.get(column)!;
    let code = codes.get(value);
    if (code === undefined) {
      if (codes.size === MAX_CODES) {
        this.texts[column]!.uncoded.push(value);
        return UNCODED;
      }
      code = codes.size;
      codes.set(value, code);
      this.texts[column]!.newValues.push(value);
    }
    return code;
  }

  /** The rows since the last batch; the batch's typed arrays are its own (safe to transfer). */
  take(bytesRead: number): RowBatch {
    const n = this.rows;
    const batch: RowBatch = {
      rowsRead: this.rowsRead,
      bytesRead,
      newCustomerIds: this.newIds,
      customers: n === this.batchRows ? this.customers : this.customers.slice(0, n),
      days: n === this.batchRows ? this.days : this.days.slice(0, n),
      amounts: n === this.batchRows ? this.amounts : this.amounts.slice(0, n),
      numbers: this.numbers,
      texts: this.texts,
      leftOut: this.leftOut,
    };
    if (n !== this.batchRows) for (const t of Object.values(batch.texts)) t.codes = t.codes.slice(0, n);
    if (n === this.batchRows) {
      this.customers = new Int32Array(this.batchRows);
      this.days = new Int32Array(this.batchRows);
      this.amounts = new Float64Array(this.batchRows);
    }
    this.rows = 0;
    this.newIds = [];
    this.leftOut = [];
    this.resetOptional();
    return batch;
  }

  private resetOptional(): void {
    this.numbers = {};
    for (const c of this.numberColumns) this.numbers[c] = [];
    this.texts = {};
    for (const c of this.textColumns) this.texts[c] = { newValues: [], codes: new Int32Array(this.batchRows), uncoded: [] };
  }

  /**
   * The customer summary up to the calibration end (the last purchase day read when absent),
   * or null when it was not folded while reading or the purchases overflowed the log.
   */
  summarise(calibrationEnd: number | undefined, unit: TimeUnit): FoldedSummary | null {
    if (this.log === null || !this.log.complete || this.customerNumbers.size === 0) return null;
    const end = calibrationEnd ?? this.lastDay;
    const n = this.customerNumbers.size;
    const s = {
      customers: new Int32Array(n),
      firstDays: new Int32Array(n),
      lastDays: new Int32Array(n),
      purchaseDays: new Int32Array(n),
      recency: new Float64Array(n),
      age: new Float64Array(n),
      totalSpend: new Float64Array(n),
      averageSpend: new Float64Array(n),
      repeatAverageSpend: new Float64Array(n),
    };
    let k = 0;
    this.log.summarise(n, end, unit, (c) => {
      s.customers[k] = c.customerId;
      s.firstDays[k] = c.firstPurchaseDay;
      s.lastDays[k] = c.lastPurchaseDay;
      s.purchaseDays[k] = c.purchaseDays;
      s.recency[k] = c.recency;
      s.age[k] = c.age;
      s.totalSpend[k] = c.totalSpend;
      s.averageSpend[k] = c.averageSpend;
      s.repeatAverageSpend[k] = c.repeatAverageSpend;
      k++;
    });
    // Customers whose purchases all fall after the calibration end have no summary.
    return {
      calibrationEnd: end,
      customers: s.customers.subarray(0, k),
      firstDays: s.firstDays.subarray(0, k),
      lastDays: s.lastDays.subarray(0, k),
      purchaseDays: s.purchaseDays.subarray(0, k),
      recency: s.recency.subarray(0, k),
      age: s.age.subarray(0, k),
      totalSpend: s.totalSpend.subarray(0, k),
      averageSpend: s.averageSpend.subarray(0, k),
      repeatAverageSpend: s.repeatAverageSpend.subarray(0, k),
    };
  }
}

/**
 * Customer numbers by customer id, handed out 0, 1, … in order of first appearance. Hand-tuned
 * for the import's speed goal (issue 3): a Map keyed by strings needed a substring per row and
 * was the largest single cost of the parsing worker on a million rows (measured). Ids of at most
 * eight characters below U+0100 (the usual "C012345", "104832") are packed into two integers and
 * looked up in an open-addressing table of typed arrays, straight from the file's text; other ids
 * go through a Map. Which store an id lives in depends on the id alone, so each id has one number.
 */
class CustomerNumbers {
  /** Four Int32 a slot: the id's characters 0-3 and 4-7 (a byte each), its length, its number + 1 (0: empty). */
  private slots = new Int32Array(4 << 16);
  private packed = 0;
  private readonly others = new Map<string, number>();
  /** Numbers handed out. */
  size = 0;
  /** Whether the last numberOf handed out a new number. */
  added = false;

  /** The number of the id text[from..to), handing out the next one to an id not seen before. */
  numberOf(text: string, from: number, to: number): number {
    const length = to - from;
    let lo = 0;
    let hi = 0;
    let packable = length <= 8;
    for (let i = 0; packable && i < length; i++) {
      const c = text.charCodeAt(from + i);
      if (c > 0xff) packable = false;
      else if (i < 4) lo |= c << (8 * i);
      else hi |= c << (8 * (i - 4));
    }
    if (!packable) {
      const id = text.slice(from, to);
      const known = this.others.get(id);
      this.added = known === undefined;
      if (known !== undefined) return known;
      this.others.set(id, this.size);
      return this.size++;
    }
    const slots = this.slots;
    const mask = slots.length - 4;
    for (let s = slotOf(lo, hi, length, mask); ; s = (s + 4) & mask) {
      const n = slots[s + 3]!;
      if (n === 0) {
        slots[s] = lo;
        slots[s + 1] = hi;
        slots[s + 2] = length;
        slots[s + 3] = this.size + 1;
        this.added = true;
        if (++this.packed * 2 > slots.length / 4) this.grow();
        return this.size++;
      }
      if (slots[s] === lo && slots[s + 1] === hi && slots[s + 2] === length) {
        this.added = false;
        return n - 1;
      }
    }
  }

  /** Doubles the table (kept at most half full, so probes stay short). */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - 4;
    for (let o = 0; o < old.length; o += 4) {
      if (old[o + 3] === 0) continue;
      let s = slotOf(old[o]!, old[o + 1]!, old[o + 2]!, mask);
      while (slots[s + 3] !== 0) s = (s + 4) & mask;
      slots.set(old.subarray(o, o + 4), s);
    }
    this.slots = slots;
  }
}

/** Where a packed id's probe starts: a multiplicative hash of its words, as a slot offset. */
function slotOf(lo: number, hi: number, length: number, mask: number): number {
  let h = Math.imul(lo ^ Math.imul(hi ^ length, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  return (h << 2) & mask;
}

interface PlainLayout {
  delimiter: number;
  /** Fields a record needs (the highest mapped column plus one). */
  needed: number;
  bounds: Int32Array;
  customerId: number;
  dateCol: number;
  amountCol: number;
  date: (text: string, from: number, to: number) => number;
  amount: (text: string, from: number, to: number) => number;
  numberFormat: NumberFormat;
  /** The columns of RowBatcher's numberColumns and textColumns, in their order. */
  numberCols: number[];
  numberValues: (number | null)[];
  textCols: number[];
  /**
   * Days this path takes: the date window within the plausible dates (the rest is the general
   * path's to drop or refuse); the largest amount either sign; the rules' negative amounts.
   */
  from: number;
  to: number;
  maxAmount: number;
  dropNegative: boolean;
}

function plainLayout(spec: ParseSpec, plausible: PlausibleBounds, numberColumns: readonly NumberColumn[], textColumns: readonly TextColumn[]): PlainLayout | null {
  const { mapping, read, rules } = spec;
  if (read.delimiter === 'whitespace') return null;
  const { number: numberFormat, needed, from, to } = rowLimits(mapping, read, rules);
  const amount = plainNumberReader(numberFormat);
  if (amount === null) return null;
  return {
    delimiter: read.delimiter.charCodeAt(0),
    needed,
    bounds: new Int32Array(2 * needed),
    customerId: mapping.customerId,
    dateCol: mapping.date,
    amountCol: mapping.amount,
    date: plainDateReader(read.dateFormat),
    amount,
    numberFormat,
    numberCols: numberColumns.map((c) => mapping[c]!),
    numberValues: numberColumns.map(() => null),
    textCols: textColumns.map((c) => mapping[c]!),
    from: Math.max(from, plausible.earliestDay),
    to: Math.min(to, plausible.latestDay),
    maxAmount: plausible.maxAmount,
    dropNegative: rules.negativeAmounts === 'drop',
  };
}

/**
 * Whether a character is one String.prototype.trim keeps (not white space nor a line terminator
 * in JavaScript's sense).
 */
function kept(c: number): boolean {
  if (c > 32 && c < 0xa0) return true;
  if (c <= 32) return false;
  return !(c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/** Whether text[from..to) is not empty and trimming would leave it as it is. */
const untrimmed = (text: string, from: number, to: number) => to > from && kept(text.charCodeAt(from)) && kept(text.charCodeAt(to - 1));

/** An optional text field as transactionRowReader reads it (trimmed; null when empty). */
function optionalText(text: string, from: number, to: number): string | null {
  if (untrimmed(text, from, to)) return text.slice(from, to);
  const v = text.slice(from, to).trim();
  return v === '' ? null : v;
}

/** An optional number field as transactionRowReader reads it; undefined when it is not a number. */
function optionalNumber(text: string, from: number, to: number, plain: PlainLayout['amount'], format: NumberFormat): number | null | undefined {
  const n = plain(text, from, to);
  if (!Number.isNaN(n)) return n;
  const v = optionalText(text, from, to);
  if (v === null) return null;
  return parseNumber(v, format) ?? undefined;
}

/**
 * The writer's side of the coded text columns: learns each batch's new values, in batch order,
 * and gives a batch's optional columns back as values, one per row.
 */
export class BatchColumns {
  private readonly values = new Map<TextColumn, string[]>();

  /** Call for every batch, in order, before reading its values. */
  learn(batch: RowBatch): void {
    for (const [column, t] of Object.entries(batch.texts) as [TextColumn, CodedTexts][]) {
      let values = this.values.get(column);
      if (values === undefined) this.values.set(column, (values = []));
      for (const v of t.newValues) values.push(v);
    }
  }

  /** A mapped optional column of the batch, one value per row (null where the field is empty). */
  column(batch: RowBatch, column: OptionalColumn): readonly (number | string | null)[] {
    if (!isTextColumn(column)) return batch.numbers[column]!;
    const { codes, uncoded } = batch.texts[column]!;
    const values = this.values.get(column) ?? [];
    const out = new Array<string | null>(codes.length);
    let u = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      out[i] = code >= 0 ? values[code]! : code === NO_TEXT ? null : uncoded[u++]!;
    }
    return out;
  }
}

import type { TimeUnit } from '../domain/timeUnits';
import { foldCustomerSummaries, type CustomerSummary } from './foldCustomerSummary';

const INITIAL_ROWS = 1 << 16;

/**
 * The purchases of an import kept in memory, so the customer summary can be folded without
 * reading a million rows back from the database. Three columns of typed arrays (16 bytes a
 * purchase, no object per row), bounded by `capacity`: past it the log gives its memory back
 * and says it is incomplete, and the caller summarises from the table instead, so memory stays
 * bounded whatever the file's size.
 *
 * The summary is exactly the one the ordered fold gives over the table: purchases are put in the
 * order the table's (customer, day, amount) index returns them before they are folded, so even
 * the floating-point sums are added up in the same order.
 */
export class PurchaseLog {
  private customers: Int32Array | null = new Int32Array(INITIAL_ROWS);
  private days: Int32Array | null = new Int32Array(INITIAL_ROWS);
  private values: Float64Array | null = new Float64Array(INITIAL_ROWS);
  private rows = 0;

  constructor(private readonly capacity: number) {}

  /** False once the log overflowed: its purchases are gone and the summary must come from the table. */
  get complete(): boolean {
    return this.customers !== null;
  }

  /** A purchase of the customer numbered `customer` (0, 1, … in the caller's list of ids). */
  add(customer: number, day: number, value: number): void {
    if (this.customers === null) return;
    if (this.rows === this.customers.length && !this.grow()) return;
    this.customers[this.rows] = customer;
    this.days![this.rows] = day;
    this.values![this.rows] = value;
    this.rows++;
  }

  private grow(): boolean {
    const size = Math.min(this.customers!.length * 2, this.capacity);
    if (size <= this.rows) {
      this.customers = this.days = this.values = null;
      return false;
    }
    const customers = new Int32Array(size);
    const days = new Int32Array(size);
    const values = new Float64Array(size);
    customers.set(this.customers!);
    days.set(this.days!);
    values.set(this.values!);
    this.customers = customers;
    this.days = days;
    this.values = values;
    return true;
  }

  /**
   * Folds the purchases up to the calibration end into one summary per customer, named by the
   * customer's number, in number order (the order an import gives customers their keys in, so
   * the summary rows are written in key order). `customers` is how many numbers there are.
   */
  summarise(customers: number, calibrationEndDay: number, unit: TimeUnit, emit: (summary: CustomerSummary<number>) => void): void {
    const customerOf = this.customers;
    const days = this.days!;
    const values = this.values!;
    if (customerOf === null) throw new Error('The purchase log overflowed; summarise from the table.');

    // A counting sort by customer: each customer's purchases become one contiguous run.
    const starts = new Int32Array(customers + 1);
    for (let i = 0; i < this.rows; i++) if (days[i]! <= calibrationEndDay) starts[customerOf[i]! + 1]!++;
    for (let c = 0; c < customers; c++) starts[c + 1]! += starts[c]!;
    const order = new Int32Array(starts[customers]!);
    const next = starts.slice(0, customers);
    for (let i = 0; i < this.rows; i++) if (days[i]! <= calibrationEndDay) order[next[customerOf[i]!]!++] = i;

    const fold = foldCustomerSummaries<number>(calibrationEndDay, unit, emit);
    const purchase = { customerId: 0, day: 0, value: 0 };
    for (let c = 0; c < customers; c++) {
      const start = starts[c]!;
      const end = starts[c + 1]!;
      if (start === end) continue;
      sortRun(order, start, end, days, values);
      purchase.customerId = c;
      for (let k = start; k < end; k++) {
        const i = order[k]!;
        purchase.day = days[i]!;
        purchase.value = values[i]!;
        fold.add(purchase);
      }
    }
    fold.end();
  }
}

/**
 * Sorts one customer's purchases (positions order[start..end)) by day, then value. Runs are
 * short — a handful of purchases each — so an insertion sort beats a general sort's set-up;
 * a long run (a very frequent buyer) goes through the general sort.
 */
function sortRun(order: Int32Array, start: number, end: number, days: Int32Array, values: Float64Array): void {
  if (end - start > 32) {
    order.subarray(start, end).set(Array.from(order.subarray(start, end)).sort((a, b) => days[a]! - days[b]! || values[a]! - values[b]!));
    return;
  }
  for (let k = start + 1; k < end; k++) {
    const i = order[k]!;
    const day = days[i]!;
    const value = values[i]!;
    let j = k - 1;
    for (; j >= start; j--) {
      const o = order[j]!;
      if (days[o]! < day || (days[o] === day && values[o]! <= value)) break;
      order[j + 1] = o;
    }
    order[j + 1] = i;
  }
}

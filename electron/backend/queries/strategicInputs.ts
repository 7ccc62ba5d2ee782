import { isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { ReadableDB } from '../db/types';
import type { SlicedRead } from './slicedRead';

/**
 * What the strategic score needs beyond the models, aligned with `customerIds`: the margin each
 * customer has brought up to the calibration end (the recorded margin, or sales at the given
 * margin share where a transaction has none), and numeric CRM attributes by name (NaN where a
 * customer has no value).
 */
export function readStrategicInputs(
  db: ReadableDB,
  customerIds: readonly string[],
  calibrationEnd: string,
  marginShare: number,
  attributeNames: readonly string[],
): { historicMargin: Float64Array; attributes: Map<string, Float64Array> } {
  const index = new Map(customerIds.map((id, i) => [id, i]));
  const historicMargin = new Float64Array(customerIds.length);
  const rows = db
    .prepare(
      `SELECT c.customer_id AS id, t.margin FROM customers c
         JOIN (SELECT customer_key, total(coalesce(margin, amount * ?)) AS margin FROM transactions WHERE day_number <= ? GROUP BY customer_key) t USING (customer_key)`,
    )
    .all(marginShare, isoToDayNumber(calibrationEnd)) as { id: string; margin: number }[];
  for (const r of rows) {
    const i = index.get(r.id);
    if (i !== undefined) historicMargin[i] = r.margin;
  }
  const attributes = new Map<string, Float64Array>();
  const known = new Set((db.prepare("SELECT name FROM attribute_definitions WHERE value_type = 'number'").all() as { name: string }[]).map((r) => r.name));
  const read = db.prepare('SELECT c.customer_id AS id, a.value_num AS value FROM customer_attributes a JOIN customers c USING (customer_key) WHERE a.name = ?');
  for (const name of attributeNames) {
    if (!known.has(name)) continue;
    const values = new Float64Array(customerIds.length).fill(NaN);
    for (const r of read.all(name) as { id: string; value: number | null }[]) {
      const i = index.get(r.id);
      if (i !== undefined && r.value !== null) values[i] = r.value;
    }
    attributes.set(name, values);
  }
  return { historicMargin, attributes };
}

/** Customers whose margin and attributes are read per statement. */
export const STRATEGIC_SLICE_CUSTOMERS = { size: 8_192 };

/**
 * The same as readStrategicInputs, for customers named by their keys (ascending, as model data
 * gives them) and read a slice of customers at a time. Each slice sums its customers' margins
 * from the (customer, day, amount) index in index order, as the one statement over all of them
 * does, so the sums are the same to the last digit; the attributes are read for all the names at
 * once, by key range.
 */
export function* readStrategicColumns(
  db: ReadableDB,
  keys: Float64Array,
  calibrationEnd: string,
  marginShare: number,
  attributeNames: readonly string[],
): SlicedRead<{ historicMargin: Float64Array; attributes: Map<string, Float64Array> }> {
  const n = keys.length;
  const historicMargin = new Float64Array(n);
  const known = new Set((db.prepare("SELECT name FROM attribute_definitions WHERE value_type = 'number'").all() as { name: string }[]).map((r) => r.name));
  const attributes = new Map<string, Float64Array>();
  for (const name of attributeNames) if (known.has(name) && !attributes.has(name)) attributes.set(name, new Float64Array(n).fill(NaN));
  const margins = db
    .prepare(
      `SELECT customer_key, total(coalesce(margin, amount * ?)) FROM transactions
        WHERE customer_key >= ? AND customer_key <= ? AND day_number <= ? GROUP BY customer_key ORDER BY customer_key`,
    )
    .raw();
  const values = db
    .prepare(
      `SELECT customer_key, name, value_num FROM customer_attributes
        WHERE customer_key >= ? AND customer_key <= ? AND name IN (SELECT value FROM json_each(?)) AND value_num IS NOT NULL`,
    )
    .raw();
  const endDay = isoToDayNumber(calibrationEnd);
  const names = JSON.stringify([...attributes.keys()]);
  const size = STRATEGIC_SLICE_CUSTOMERS.size;
  for (let first = 0; first < n; first += size) {
    const last = Math.min(n, first + size) - 1;
    const at = (key: number): number => indexOfKey(keys, key, first, last);
    for (const [key, margin] of margins.all(marginShare, keys[first]!, keys[last]!, endDay) as [number, number][]) {
      const i = at(key);
      if (i >= 0) historicMargin[i] = margin;
    }
    if (attributes.size > 0) {
      for (const [key, name, value] of values.all(keys[first]!, keys[last]!, names) as [number, string, number][]) {
        const i = at(key);
        if (i >= 0) attributes.get(name)![i] = value;
      }
    }
    if (last + 1 < n) yield;
  }
  return { historicMargin, attributes };
}

/** The row of `key` among keys[first..last] (customer keys, ascending), or -1: a binary search. */
export function indexOfKey(keys: Float64Array, key: number, first = 0, last = keys.length - 1): number {
  let lo = first;
  let hi = last;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

import { isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { ReadableDB } from '../db/types';

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

import { isoToDayNumber } from '../../../shared/calendar/isoDate';
import { DAYS_PER_UNIT, type TimeUnit } from '../../../shared/domain/timeUnits';
import type { ReadableDB } from '../db/types';
import { iterateCustomerSummary } from './customerSummary';

/**
 * What the customer-value models are fitted on: per customer, repeat purchase days x, recency
 * t_x and age T (in the unit), and mean repeat spend, as typed arrays in customer key order; and,
 * when a holdout end is given, the purchase days each made after the calibration end.
 */
export interface ModelData {
  calibrationEnd: string;
  unit: TimeUnit;
  customerIds: string[];
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  meanRepeatSpend: Float64Array;
  /** Spend up to the calibration end, in the workspace currency. */
  totalSpend: Float64Array;
  holdout: { end: string; lengthUnits: number; purchases: Float64Array } | null;
}

export function readModelData(db: ReadableDB, calibrationEnd: string, unit: TimeUnit, holdoutEnd?: string): ModelData {
  const ids: string[] = [];
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const spend: number[] = [];
  const total: number[] = [];
  for (const r of iterateCustomerSummary(db, calibrationEnd, unit)) {
    ids.push(r.customerId);
    x.push(r.frequency);
    tx.push(r.recency);
    T.push(r.age);
    spend.push(r.repeatAverageSpend);
    total.push(r.totalSpend);
  }
  let holdout: ModelData['holdout'] = null;
  if (holdoutEnd) {
    const lengthDays = isoToDayNumber(holdoutEnd) - isoToDayNumber(calibrationEnd);
    if (lengthDays <= 0) throw new RangeError(`The holdout end ${holdoutEnd} is not after the calibration end ${calibrationEnd}.`);
    const index = new Map(ids.map((id, i) => [id, i]));
    const purchases = new Float64Array(ids.length);
    const rows = db
      .prepare(
        `SELECT c.customer_id AS id, t.n FROM customers c
           JOIN (SELECT customer_key, count(DISTINCT day_number) AS n FROM transactions WHERE day_number > ? AND day_number <= ? GROUP BY customer_key) t USING (customer_key)`,
      )
      .all(isoToDayNumber(calibrationEnd), isoToDayNumber(holdoutEnd)) as { id: string; n: number }[];
    // Customers first seen in the holdout are not in the calibration base: left out, as they
    // would be from any model fitted up to the calibration end.
    for (const r of rows) {
      const i = index.get(r.id);
      if (i !== undefined) purchases[i] = r.n;
    }
    holdout = { end: holdoutEnd, lengthUnits: lengthDays / DAYS_PER_UNIT[unit], purchases };
  }
  return {
    calibrationEnd,
    unit,
    customerIds: ids,
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    meanRepeatSpend: Float64Array.from(spend),
    totalSpend: Float64Array.from(total),
    holdout,
  };
}

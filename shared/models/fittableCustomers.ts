/**
 * Which customers the customer-value models learn from. A customer whose first purchase falls
 * on the calibration end has age T = 0: no time has passed in which they could have bought
 * again or dropped out, so their likelihood term is 1 whatever the parameters, and the
 * compression check (compressRfm) rightly refuses an age that is not positive. Every fit (the
 * Customer value page, `lw fit`, a simulation on an unsegmented base, valuation, segmentation
 * and its per-segment models) leaves them out here, the same way, and says how many it left out.
 */

type Column = Float64Array | Int32Array;

/** Customers of age 0 in `age`. */
export function countAgeZero(age: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < age.length; i++) if (age[i] === 0) count++;
  return count;
}

function pick<A extends Column>(column: A, rows: Int32Array): A {
  const out = new (column.constructor as new (length: number) => A)(rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = column[rows[j]!]!;
  return out;
}

/**
 * The columns (each one entry per customer, in the same order as `age`) without the customers
 * of age 0, and how many those were. Only an age of exactly 0 is left out: a negative or missing
 * age is an error in the data, which the compression check reports with its row. With no
 * customer of age 0 the columns come back as they are, uncopied.
 */
export function leaveOutAgeZero<C extends Readonly<Record<string, Column>>>(columns: C, age: ArrayLike<number>): { columns: C; ageZeroCustomers: number } {
  const ageZeroCustomers = countAgeZero(age);
  if (ageZeroCustomers === 0) return { columns, ageZeroCustomers };
  for (const name of Object.keys(columns)) {
    if (columns[name]!.length !== age.length) throw new RangeError(`${name} has ${columns[name]!.length} entries for ${age.length} customers`);
  }
  const rows = new Int32Array(age.length - ageZeroCustomers);
  for (let i = 0, j = 0; i < age.length; i++) if (age[i] !== 0) rows[j++] = i;
  const kept = {} as Record<string, Column>;
  for (const name of Object.keys(columns)) kept[name] = pick(columns[name]!, rows);
  return { columns: kept as C, ageZeroCustomers };
}

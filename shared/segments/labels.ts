/**
 * A labelling gives each customer a segment number 0..k-1 (Int32Array or a plain array).
 * Segment numbers are positions in a list of names; a number without customers is allowed
 * (an emptied segment) and the measures skip it.
 */
export type Labels = ArrayLike<number>;

/** Checks the labels fit n rows and returns k = the largest segment number + 1. */
export function segmentCountOf(labels: Labels, rows: number): number {
  if (labels.length !== rows) throw new RangeError(`There are ${labels.length} segment labels for ${rows} customers.`);
  let max = -1;
  for (let i = 0; i < labels.length; i++) {
    const s = labels[i]!;
    if (!Number.isInteger(s) || s < 0) throw new RangeError(`Segment labels are whole numbers from 0; row ${i} has ${s}.`);
    if (s > max) max = s;
  }
  return max + 1;
}

/** Customers per segment number. */
export function segmentSizes(labels: Labels, k: number): Int32Array {
  const sizes = new Int32Array(k);
  for (let i = 0; i < labels.length; i++) sizes[labels[i]!]! += 1;
  return sizes;
}

/** The row indexes of each segment, in ascending row order. */
export function rowsBySegment(labels: Labels, k: number): Int32Array[] {
  const sizes = segmentSizes(labels, k);
  const groups = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(k);
  for (let i = 0; i < labels.length; i++) {
    const s = labels[i]!;
    groups[s]![filled[s]!] = i;
    filled[s]! += 1;
  }
  return groups;
}

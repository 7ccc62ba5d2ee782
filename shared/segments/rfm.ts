import { z } from 'zod';
import { firstCountScoring, SortedColumn } from './ranks';

/**
 * RFM grid: recency, frequency and monetary value each scored 1–5 by quintiles of the customer
 * base, 5 the best (for recency: the most recent, i.e. the fewest days since the last purchase).
 *
 * Scoring rule: customers are ranked from worst to best; position p (0-based) of n scores
 * ceil(5 · (p + ½) / n), i.e. each fifth of the positions, rounded to the nearest customer.
 * Customers with equal values share the score of the worst-placed of them, so a score is never
 * given for a figure that others with the same figure do not get, and one-time buyers (often
 * half of a base) all score F = 1.
 */
export interface RfmInput {
  daysSinceLastPurchase: ArrayLike<number>;
  purchaseCount: ArrayLike<number>;
  /** Total or average spend per customer, in currency. */
  monetary: ArrayLike<number>;
}

/** The score of a customer with `below` others ranked strictly below it, among n. */
function quintileOf(below: number, n: number): number {
  return Math.min(5, Math.max(1, Math.ceil((5 * (below + 0.5)) / n)));
}

/**
 * Scores 1..5 per value; higherIsBetter false scores the lowest values 5 (recency in days).
 *
 * One sort of the column, then one pass: the score only grows with the number of values ranked
 * below, so each score from 2 to 5 starts at a count found once, and the value a customer must
 * pass to have that many below it is one value of the sorted column.
 */
export function quintileScores(values: ArrayLike<number>, higherIsBetter = true, what = 'value'): Uint8Array {
  const n = values.length;
  const column = new SortedColumn(values, what);
  // cut[s - 2]: the value to pass for a score of at least s.
  const cut = new Float64Array(4);
  for (let s = 2; s <= 5; s++) {
    const count = firstCountScoring(n, s, (below) => quintileOf(below, n));
    cut[s - 2] = higherIsBetter ? column.aboveCut(count) : column.belowCut(count);
  }
  const c2 = cut[0]!;
  const c3 = cut[1]!;
  const c4 = cut[2]!;
  const c5 = cut[3]!;
  const scores = new Uint8Array(n);
  if (higherIsBetter) {
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      scores[i] = 1 + +(v > c2) + +(v > c3) + +(v > c4) + +(v > c5);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      scores[i] = 1 + +(v < c2) + +(v < c3) + +(v < c4) + +(v < c5);
    }
  }
  return scores;
}

type ScoreRange = readonly [number, number];

/** A named cell of the grid: customers whose scores fall within all three ranges (inclusive). */
export interface RfmCellRule {
  name: string;
  recency: ScoreRange;
  frequency: ScoreRange;
  monetary: ScoreRange;
}

const ANY: ScoreRange = [1, 5];

/**
 * The default cells, tried in order; the first that matches names the customer. Recency and
 * frequency decide, as in most published RFM grids; monetary only separates the champions and
 * the big spenders about to be lost. Together they cover all 125 score combinations.
 *
 *   champions            R 4–5, F 4–5, M 4–5   bought recently, often, and spend the most
 *   loyal                R 3–5, F 4–5          buy often (a lower M, or R 3)
 *   potential loyalists  R 4–5, F 2–3          recent, on their way to buying often
 *   new customers        R 5,   F 1            first purchase very recently
 *   promising            R 4,   F 1            one recent purchase
 *   need attention       R 3,   F 2–3          middling on both
 *   about to sleep       R 3,   F 1            one purchase, a while ago
 *   cannot lose them     R 1–2, F 4–5, M 4–5   were the best customers, gone quiet
 *   at risk              R 1–2, F 3–5          used to buy often, gone quiet
 *   hibernating          R 2,   F 1–2          few purchases, long ago
 *   lost                 R 1,   F 1–2          few purchases, longest ago
 */
export const DEFAULT_RFM_CELLS: readonly RfmCellRule[] = [
  { name: 'Champions', recency: [4, 5], frequency: [4, 5], monetary: [4, 5] },
  { name: 'Loyal', recency: [3, 5], frequency: [4, 5], monetary: ANY },
  { name: 'Potential loyalists', recency: [4, 5], frequency: [2, 3], monetary: ANY },
  { name: 'New customers', recency: [5, 5], frequency: [1, 1], monetary: ANY },
  { name: 'Promising', recency: [4, 4], frequency: [1, 1], monetary: ANY },
  { name: 'Need attention', recency: [3, 3], frequency: [2, 3], monetary: ANY },
  { name: 'About to sleep', recency: [3, 3], frequency: [1, 1], monetary: ANY },
  { name: 'Cannot lose them', recency: [1, 2], frequency: [4, 5], monetary: [4, 5] },
  { name: 'At risk', recency: [1, 2], frequency: [3, 5], monetary: ANY },
  { name: 'Hibernating', recency: [2, 2], frequency: [1, 2], monetary: ANY },
  { name: 'Lost', recency: [1, 1], frequency: [1, 2], monetary: ANY },
];

export function matchesCell(cell: RfmCellRule, r: number, f: number, m: number): boolean {
  return r >= cell.recency[0] && r <= cell.recency[1] && f >= cell.frequency[0] && f <= cell.frequency[1] && m >= cell.monetary[0] && m <= cell.monetary[1];
}

/** The first cell that matches, or -1. */
export function rfmCellIndex(cells: readonly RfmCellRule[], r: number, f: number, m: number): number {
  return cells.findIndex((cell) => matchesCell(cell, r, f, m));
}

const score = z.number({ error: 'A score is a number from 1 to 5.' }).int('A score is a whole number from 1 to 5.').min(1, 'Scores go from 1 to 5.').max(5, 'Scores go from 1 to 5.');
const range = (what: string) =>
  z.tuple([score, score], { error: `Give the ${what} scores as a lowest and a highest score.` }).refine(([lo, hi]) => lo <= hi, { message: `The lowest ${what} score is above the highest.` });

/** The cells as the UI edits them; every one of the 125 score combinations must land in a cell. */
export const rfmCellsSchema = z
  .array(
    z
      .object({
        name: z.string().trim().min(1, 'Each cell needs a name.').max(60, 'A cell name has at most 60 characters.'),
        recency: range('recency'),
        frequency: range('frequency'),
        monetary: range('monetary'),
      })
      .strict(),
  )
  .min(1, 'Give at least one cell.')
  .superRefine((cells, ctx) => {
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++) {
          if (rfmCellIndex(cells, r, f, m) < 0) {
            ctx.addIssue({ code: 'custom', message: `Customers scoring R ${r}, F ${f}, M ${m} fall in no cell.` });
            return;
          }
        }
  });

export interface RfmCellCount {
  cell: number;
  name: string;
  count: number;
  share: number;
}

export interface RfmGrid {
  recency: Uint8Array;
  frequency: Uint8Array;
  monetary: Uint8Array;
  /** Index into cells for each customer. */
  cell: Int32Array;
  cells: readonly RfmCellRule[];
  counts: RfmCellCount[];
}

export function rfmGrid(input: RfmInput, cells: readonly RfmCellRule[] = DEFAULT_RFM_CELLS): RfmGrid {
  const n = input.daysSinceLastPurchase.length;
  if (input.purchaseCount.length !== n || input.monetary.length !== n) {
    throw new RangeError(`RFM inputs differ in length (${n}, ${input.purchaseCount.length}, ${input.monetary.length}).`);
  }
  const parsed = rfmCellsSchema.safeParse(cells);
  if (!parsed.success) throw new RangeError(parsed.error.issues.map((i) => i.message).join(' '));
  const recency = quintileScores(input.daysSinceLastPurchase, false, 'number of days since the last purchase');
  const frequency = quintileScores(input.purchaseCount, true, 'purchase count');
  const monetary = quintileScores(input.monetary, true, 'monetary value');
  // The cell of each of the 125 combinations, looked up once.
  const lookup = new Int32Array(125);
  for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) lookup[(r - 1) * 25 + (f - 1) * 5 + (m - 1)] = rfmCellIndex(cells, r, f, m);
  const cell = new Int32Array(n);
  const counts = cells.map((c, i) => ({ cell: i, name: c.name, count: 0, share: 0 }));
  for (let i = 0; i < n; i++) {
    const c = lookup[(recency[i]! - 1) * 25 + (frequency[i]! - 1) * 5 + (monetary[i]! - 1)]!;
    cell[i] = c;
    counts[c]!.count += 1;
  }
  for (const c of counts) c.share = n > 0 ? c.count / n : 0;
  return { recency, frequency, monetary, cell, cells, counts };
}

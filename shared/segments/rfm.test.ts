import { describe, expect, it } from 'vitest';
import { DEFAULT_RFM_CELLS, quintileScores, rfmCellIndex, rfmCellsSchema, rfmGrid } from './rfm';

describe('quintileScores', () => {
  it('scores fifths of the ranking 1–5, ties at the score of the worst-placed of them', () => {
    expect(Array.from(quintileScores([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    // Purchase counts: the five one-time buyers all score 1 (positions 0–4, the worst is 0);
    // the two 2s sit at positions 5–6 → ceil(5 · 5.5 / 10) = 3; 3 at 7 → 4; 5 and 9 → 5.
    expect(Array.from(quintileScores([1, 1, 1, 1, 1, 2, 2, 3, 5, 9]))).toEqual([1, 1, 1, 1, 1, 3, 3, 4, 5, 5]);
    // A tie across a boundary: the two 8s would be positions 7 (score 4) and 8 (score 5); both get 4.
    expect(Array.from(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 8, 9]))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 4, 5]);
  });

  it('reverses recency: the fewest days since the last purchase score 5', () => {
    expect(Array.from(quintileScores([5, 8, 8, 20, 30, 40, 50, 60, 70, 400], false))).toEqual([5, 4, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('gives a lone customer the middle score', () => {
    expect(Array.from(quintileScores([42]))).toEqual([3]);
    expect(Array.from(quintileScores([]))).toEqual([]);
  });
});

describe('rfmGrid', () => {
  it('scores and names the cells of crafted customers', () => {
    const grid = rfmGrid({
      daysSinceLastPurchase: [5, 8, 8, 20, 30, 40, 50, 60, 70, 400],
      purchaseCount: [9, 5, 1, 2, 1, 3, 1, 1, 1, 2],
      monetary: [100, 30, 10, 50, 20, 90, 40, 60, 70, 80],
    });
    expect(Array.from(grid.recency)).toEqual([5, 4, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(Array.from(grid.frequency)).toEqual([5, 5, 1, 3, 1, 4, 1, 1, 1, 3]);
    expect(Array.from(grid.monetary)).toEqual([5, 2, 1, 3, 1, 5, 2, 3, 4, 4]);
    expect(Array.from(grid.cell, (c) => grid.cells[c]!.name)).toEqual([
      'Champions', // R5 F5 M5
      'Loyal', // R4 F5 M2: frequent, not a top spender
      'Promising', // R4 F1
      'Potential loyalists', // R4 F3
      'About to sleep', // R3 F1
      'Loyal', // R3 F4 M5: frequent but not recent enough to be a champion
      'Hibernating', // R2 F1
      'Hibernating', // R2 F1
      'Lost', // R1 F1
      'At risk', // R1 F3
    ]);
    expect(grid.counts.find((c) => c.name === 'Hibernating')).toMatchObject({ count: 2, share: 0.2 });
    expect(grid.counts.reduce((s, c) => s + c.count, 0)).toBe(10);
  });

  it('has a default mapping that covers every score combination', () => {
    expect(rfmCellsSchema.safeParse(DEFAULT_RFM_CELLS).success).toBe(true);
    expect(DEFAULT_RFM_CELLS[rfmCellIndex(DEFAULT_RFM_CELLS, 1, 5, 5)]!.name).toBe('Cannot lose them');
    expect(DEFAULT_RFM_CELLS[rfmCellIndex(DEFAULT_RFM_CELLS, 5, 1, 5)]!.name).toBe('New customers');
  });

  it('rejects cells that leave customers out, and inputs that do not fit', () => {
    const gap = rfmCellsSchema.safeParse([{ name: 'Recent', recency: [3, 5], frequency: [1, 5], monetary: [1, 5] }]);
    expect(gap.success).toBe(false);
    expect(gap.error?.issues[0]?.message).toBe('Customers scoring R 1, F 1, M 1 fall in no cell.');
    const upsideDown = rfmCellsSchema.safeParse([{ name: 'All', recency: [5, 1], frequency: [1, 5], monetary: [1, 6] }]);
    expect(upsideDown.error?.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['The lowest recency score is above the highest.', 'Scores go from 1 to 5.']));
    expect(() => rfmGrid({ daysSinceLastPurchase: [1], purchaseCount: [1, 2], monetary: [1] })).toThrow(/differ in length/);
    expect(() => rfmGrid({ daysSinceLastPurchase: [1, NaN], purchaseCount: [1, 2], monetary: [1, 2] })).toThrow(/days since the last purchase.*row 1/);
  });
});

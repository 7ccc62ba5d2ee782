import { describe, expect, it } from 'vitest';
import { openSqlite } from '../sqlite';
import type { WritableDB } from '../types';
import { migrate } from '.';
import { migrateTo4 } from './004_covering_index';

describe('migration 4: covering index for the customer summary', () => {
  it('lets the purchase-day scan run on the index alone, in order', () => {
    const db = openSqlite(':memory:') as WritableDB;
    migrate(db, 3);
    migrateTo4(db);
    const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT customer_id, date, sum(amount) FROM transactions WHERE date <= '2024-01-01' GROUP BY customer_id, date ORDER BY customer_id, date").all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan).toMatch(/USING COVERING INDEX transactions_by_customer_date/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transactions' AND sql IS NOT NULL").all();
    expect(indexes).toEqual([{ name: 'transactions_by_customer_date' }]);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayNumberToIso, isoToDayNumber } from '../../../shared/calendar/isoDate';
import type { CustomerOverview, MonthlyActivity, PurchaseCountBin } from '../../../shared/domain/workspace';
import { createRng } from '../../../shared/random/rng';
import { createWorkspace, openWorkspace } from '../db/openWorkspace';
import { openSqlite } from '../db/sqlite';
import type { ReadableDB, WritableDB } from '../db/types';
import { importPlainCsv } from '../import/testImports';
import { keptCustomerOverview, readCustomerOverview } from './customerOverview';
import { readCohorts, readCustomerDistributions } from './customerQueries';
import { storeCustomerSummary } from './customerSummary';
import { isoMonthSql } from './daySql';

const dir = mkdtempSync(join(tmpdir(), 'lw-overview-'));
const FIRST_DAY = isoToDayNumber('2023-03-01');

async function importRows(db: WritableDB, name: string, rows: string[]): Promise<void> {
  const path = join(dir, name);
  writeFileSync(path, `customer,date,amount\n${rows.join('\n')}\n`);
  await importPlainCsv(db, path);
}

/** The overview as it was computed before: four passes over the transactions, every time. */
function reference(db: ReadableDB): CustomerOverview {
  const totals = db
    .prepare('SELECT count(*) AS transactions, coalesce(sum(amount), 0) AS revenue, min(day_number) AS first, max(day_number) AS last FROM transactions')
    .get() as { transactions: number; revenue: number; first: number | null; last: number | null };
  const customers = (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
  const monthly = db
    .prepare(
      `WITH activity AS (
         SELECT ${isoMonthSql('day_number')} AS month, sum(amount) AS revenue, count(*) AS transactions,
                count(DISTINCT customer_key) AS activeCustomers
           FROM transactions GROUP BY month
       ), arrivals AS (
         SELECT month, count(*) AS newCustomers
           FROM (SELECT ${isoMonthSql('min(day_number)')} AS month FROM transactions GROUP BY customer_key)
          GROUP BY month
       )
       SELECT a.month, a.revenue, a.transactions, a.activeCustomers, coalesce(n.newCustomers, 0) AS newCustomers
         FROM activity a LEFT JOIN arrivals n USING (month)
        ORDER BY a.month`,
    )
    .all() as MonthlyActivity[];
  const perCustomer = db
    .prepare(`SELECT min(n, 20) AS bin, count(*) AS customers FROM (SELECT count(*) AS n FROM transactions GROUP BY customer_key) GROUP BY bin ORDER BY bin`)
    .all() as { bin: number; customers: number }[];
  const purchasesPerCustomer: PurchaseCountBin[] = perCustomer.map((r) => ({ fromPurchases: r.bin, toPurchases: r.bin === 20 ? null : r.bin, customers: r.customers }));
  const currency = db.prepare("SELECT value FROM meta WHERE key = 'currency'").pluck().get() as string | undefined;
  return {
    customers,
    transactions: totals.transactions,
    revenue: totals.revenue,
    currencyCode: currency ?? 'EUR',
    averageTransactionValue: totals.transactions > 0 ? totals.revenue / totals.transactions : null,
    firstTransactionDate: totals.first === null ? null : dayNumberToIso(totals.first),
    lastTransactionDate: totals.last === null ? null : dayNumberToIso(totals.last),
    monthly,
    purchasesPerCustomer,
  };
}

/** Records the SQL a connection prepares from now on. */
function recordSql(db: ReadableDB): string[] {
  const prepared: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  return prepared;
}
/** Statements that pass over the transactions (the input hashes' look-up of the last transaction id is not one). */
const scansTransactions = (sql: string[]) => sql.filter((s) => /FROM transactions/.test(s) && !/max\(transaction_id\)/.test(s));

describe('the customer overview', () => {
  const path = join(dir, 'w.lwb');
  beforeAll(async () => {
    const rng = createRng(11);
    const rows: string[] = [];
    for (let c = 0; c < 2500; c++) {
      const first = FIRST_DAY + Math.floor(rng.next() * 500);
      const n = 1 + Math.floor(rng.next() ** 3 * 30);
      for (let k = 0; k < n; k++) rows.push(`K${c},${dayNumberToIso(first + Math.floor(rng.next() * 200))},${(1 + rng.next() * 99).toFixed(2)}`);
    }
    const db = createWorkspace(path);
    await importRows(db, 'first.csv', rows);
    db.close();
  });

  it('is the overview of before, to the last digit, in three passes over the transactions instead of four', () => {
    const db = openSqlite(path, { readonly: true }) as ReadableDB;
    const sql = recordSql(db);
    const overview = readCustomerOverview(db);
    expect(scansTransactions(sql)).toHaveLength(3);
    expect(overview).toEqual(reference(db));
    expect(overview.purchasesPerCustomer.at(-1)).toMatchObject({ fromPurchases: 20, toPurchases: null });
    db.close();
  });

  it('is computed once per state of the transactions, kept in the workspace (read back after a restart), and computed again after an import', async () => {
    // The reference reads on a connection of its own, so that only the overview's reads are recorded.
    const plain = openSqlite(path, { readonly: true }) as ReadableDB;
    let db = openWorkspace(path);
    let reader = openSqlite(path, { readonly: true }) as ReadableDB;
    let sql = recordSql(reader);
    const first = keptCustomerOverview({ db, reader });
    expect(first).toEqual(reference(plain));
    expect(scansTransactions(sql)).toHaveLength(3);
    first.monthly[0]!.revenue = -1; // what a caller does to its answer stays with it
    expect(keptCustomerOverview({ db, reader })).toEqual(reference(plain));
    expect(scansTransactions(sql)).toHaveLength(3);
    reader.close();
    db.close();

    db = openWorkspace(path);
    reader = openSqlite(path, { readonly: true }) as ReadableDB;
    sql = recordSql(reader);
    expect(keptCustomerOverview({ db, reader })).toEqual(reference(plain));
    expect(scansTransactions(sql)).toHaveLength(0);
    // The currency is read as it is now.
    db.prepare("UPDATE meta SET value = 'GBP' WHERE key = 'currency'").run();
    expect(keptCustomerOverview({ db, reader }).currencyCode).toBe('GBP');

    await importRows(db, 'more.csv', ['K1,2024-12-01,10.50', 'NEW,2024-12-02,20.25']);
    const after = keptCustomerOverview({ db, reader });
    expect(after).toEqual(reference(plain));
    expect(after.customers).toBe(first.customers + 1);
    expect(scansTransactions(sql)).toHaveLength(3);
    plain.close();
    reader.close();
    db.close();
  });

  it('keeps the summary histograms and cohorts until the transactions or the summary change', () => {
    const db = openWorkspace(path);
    const sql = recordSql(db);
    const distributions = readCustomerDistributions(db);
    const cohorts = readCohorts(db);
    const reads = sql.length;
    expect(readCustomerDistributions(db)).toEqual(distributions);
    expect(readCohorts(db)).toEqual(cohorts);
    expect(sql.slice(reads).filter((s) => /FROM customer_summary/.test(s))).toHaveLength(0);
    // A summary recomputed for another unit is read again.
    db.transaction(() => storeCustomerSummary(db, '2024-06-30', 'month'))();
    const monthly = readCustomerDistributions(db);
    expect(monthly.unit).toBe('month');
    expect(monthly).not.toEqual(distributions);
    expect(readCohorts(db)).not.toEqual(cohorts);
    db.close();
  });
});

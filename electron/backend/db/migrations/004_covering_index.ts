import type { WritableDB } from '../types';

/**
 * Version 4: the (customer, date) index also carries the amount, so the customer summary reads
 * purchase days in one ordered index scan instead of a lookup per transaction (measured: 2.7 s
 * down to 1.0 s for a million transactions). The index on date alone goes: every query by date
 * scans the table anyway (monthly activity), and it cost a tenth of an import's time.
 */
export function migrateTo4(db: WritableDB): void {
  db.exec(`
    DROP INDEX transactions_by_customer_date;
    CREATE INDEX transactions_by_customer_date ON transactions(customer_id, date, amount);
    DROP INDEX transactions_by_date;
  `);
}

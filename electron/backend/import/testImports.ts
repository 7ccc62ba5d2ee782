import type { WritableDB } from '../db/types';
import { importTransactions } from './importTransactions';

/**
 * For tests: imports a plain CSV of `customer,date,amount` rows (ISO dates, a point for the
 * decimals) as the import wizard would with its default rules, weekly summary.
 */
export async function importPlainCsv(db: WritableDB, path: string): Promise<void> {
  await importTransactions(
    db,
    {
      path,
      read: { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalSeparator: '.', thousandsSeparator: '', dateFormat: 'iso' },
      mapping: { customerId: 0, date: 1, amount: 2 },
      rules: { mergeSameDay: false, negativeAmounts: 'drop' },
      onBadRows: 'stop',
    },
    { unit: 'week' },
  );
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestColumnRoles } from './columnRoles';
import { detectColumns } from './detectFormat';

/**
 * The column mapper against random tables of the shape real exports have: a row number a tool
 * added (unnamed or under an index-like header, values 1..n or 0..n-1 in order, quoted or not)
 * somewhere among the customer id, the date, the amount and other columns. Two promises: a row
 * number is never taken for the customer id over a column whose header names one; and when no
 * header names it, the choice is still never the date or the amount.
 */

const ROW_NUMBER_HEADERS = ['', 'X', '...1', 'Unnamed: 0', '#', 'index', 'Index', 'row', 'n', 'N', 'no.', 'Nº', 'fila', 'row_id'];
const CUSTOMER_WORDS = ['customer', 'cust', 'client', 'cliente', 'socio', 'member', 'card', 'tarjeta', 'account', 'cuenta', 'user', 'usuario'];
const ID_WORDS = ['id', 'no', 'number', 'número', 'code', 'código'];

/** A header from the id vocabulary, written any way people write it. */
const idHeader: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('id', 'Id', 'ID', 'Cliente', 'Customer', 'Socio', 'Member'),
  fc
    .record({
      customer: fc.constantFrom(...CUSTOMER_WORDS),
      id: fc.option(fc.constantFrom(...ID_WORDS), { nil: undefined }),
      idFirst: fc.boolean(),
      separator: fc.constantFrom('', '_', ' ', '-', '.', ' de '),
      letters: fc.constantFrom('lower', 'upper', 'title', 'camel'),
    })
    .map(({ customer, id, idFirst, separator, letters }) => {
      const title = (w: string) => w[0]!.toUpperCase() + w.slice(1);
      const words = id === undefined ? [customer] : idFirst ? [id, customer] : [customer, id];
      // "de" joins Spanish words only the Spanish way round ("id de cliente").
      const join = separator === ' de ' && !idFirst ? ' ' : separator;
      if (letters === 'camel') return words.map((w, i) => (i === 0 ? w : title(w))).join(join === '' ? '' : join);
      const text = words.join(join);
      return letters === 'upper' ? text.toUpperCase() : letters === 'title' ? title(text) : text;
    }),
);

/** Customers' ids, each coming back (fewer customers than rows): numbers or codes. */
const customerValues = (n: number) =>
  fc
    .record({
      customers: fc.integer({ min: 1, max: Math.max(1, n - 1) }),
      numeric: fc.boolean(),
      base: fc.integer({ min: 1, max: 90_000 }),
      picks: fc.array(fc.nat(), { minLength: n, maxLength: n }),
      sorted: fc.boolean(),
    })
    .map(({ customers, numeric, base, picks, sorted }) => {
      const ids = picks.map((p) => p % customers);
      if (sorted) ids.sort((a, b) => a - b);
      return ids.map((c) => (numeric ? String(base + c) : `C${String(base + c).padStart(5, '0')}`));
    });

interface Table {
  header: string[];
  rows: string[][];
  /** Where each role's column is. */
  at: { rowNumber: number; customer: number | null; date: number; amount: number };
  /** Other columns (a store, a description). */
  others: number;
}

/**
 * A table of n rows whose columns are, in a random order: the row number, the customer id (if
 * `customerHeader` gives one), the date, the amount, and maybe a store and a description.
 */
function table(customerHeader: fc.Arbitrary<string> | null): fc.Arbitrary<Table> {
  return fc.integer({ min: 3, max: 80 }).chain((n) =>
    fc
      .record({
        rowHeader: fc.constantFrom(...ROW_NUMBER_HEADERS),
        fromZero: fc.boolean(),
        quoted: fc.boolean(),
        customerHeader: customerHeader ?? fc.constant(null),
        customers: customerValues(n),
        dateHeader: fc.constantFrom('Date', 'date', 'Fecha', 'Día', 'InvoiceDate', ''),
        days: fc.array(fc.integer({ min: 0, max: 1500 }), { minLength: n, maxLength: n }),
        amountHeader: fc.constantFrom('Price', 'amount', 'Importe', 'precio', 'total', 'Venta', 'Sales', 'valor', ''),
        cents: fc.array(fc.integer({ min: 1, max: 99_999 }), { minLength: n, maxLength: n }),
        store: fc.option(fc.constantFrom('store', 'Tienda'), { nil: undefined }),
        description: fc.option(fc.constantFrom('Description', 'producto', 'notes'), { nil: undefined }),
        order: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
      })
      .map((t) => {
        const columns: { role: keyof Table['at'] | 'other'; header: string; values: string[] }[] = [
          { role: 'rowNumber', header: t.rowHeader, values: Array.from({ length: n }, (_, i) => String(i + (t.fromZero ? 0 : 1))) },
          { role: 'date', header: t.dateHeader, values: t.days.map((d) => new Date(Date.UTC(2021, 0, 1 + d)).toISOString().slice(0, 10)) },
          { role: 'amount', header: t.amountHeader, values: t.cents.map((c) => (c / 100).toFixed(2)) },
        ];
        if (t.customerHeader !== null) columns.push({ role: 'customer', header: t.customerHeader, values: t.customers });
        if (t.store) columns.push({ role: 'other', header: t.store, values: Array.from({ length: n }, (_, i) => ['Madrid', 'Sevilla', 'Online'][i % 3]!) });
        if (t.description) columns.push({ role: 'other', header: t.description, values: Array.from({ length: n }, (_, i) => `item ${(i * 7) % 11}`) });
        // A random order: sort by the random keys, ties by position.
        const placed = columns.map((c, i) => ({ c, key: t.order[i]! })).sort((a, b) => a.key - b.key).map(({ c }) => c);
        const where = (role: keyof Table['at']) => placed.findIndex((c) => c.role === role);
        return {
          header: placed.map((c) => c.header),
          rows: Array.from({ length: n }, (_, r) => placed.map((c) => (c.role === 'rowNumber' && t.quoted ? `"${c.values[r]!}"` : c.values[r]!))),
          at: { rowNumber: where('rowNumber'), customer: t.customerHeader === null ? null : where('customer'), date: where('date'), amount: where('amount') },
          others: placed.filter((c) => c.role === 'other').length,
        };
      }),
  );
}

/** The mapper as the preview runs it: columns typed by detection, every row sampled (quotes read). */
function suggest(t: Table) {
  const unquote = (v: string) => v.replace(/^"(.*)"$/, '$1');
  const rows = t.rows.map((r) => r.map(unquote));
  const { columns } = detectColumns([t.header, ...rows], { hasHeader: true });
  return suggestColumnRoles(columns, rows);
}

describe('the column mapper (property-based)', () => {
  it('never takes a row number for the customer id over a column whose header names one', () => {
    fc.assert(
      fc.property(table(idHeader), (t) => {
        const s = suggest(t);
        expect(s.customerId).not.toBe(t.at.rowNumber);
        expect(s.customerIdAlternatives).not.toContain(t.at.rowNumber);
        expect(s.customerId).toBe(t.at.customer);
        expect(s.customerIdAlternatives).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('with no header naming the customer id, never takes the date or the amount, and asks the user to confirm', () => {
    fc.assert(
      fc.property(fc.boolean().chain((withCustomer) => table(withCustomer ? fc.constant('') : null)), (t) => {
        const s = suggest(t);
        expect(s.date).toBe(t.at.date);
        expect(s.amount).toBe(t.at.amount);
        expect(s.customerId).not.toBeNull();
        expect([t.at.date, t.at.amount]).not.toContain(s.customerId);
        if (t.at.customer !== null) {
          // An unnamed column and a row number: neither is vouched for by a header, so it is a guess…
          expect(s.customerIdAlternatives.length).toBeGreaterThan(0);
          // …made on the values: customers come back, row numbers do not.
          if (t.others === 0) expect(s.customerId).toBe(t.at.customer);
        }
      }),
      { numRuns: 400 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { suggestColumnRoles, valueShape } from './columnRoles';
import { detectFormat } from './detectFormat';
import { splitFields } from './splitFields';

/** The suggestion for a file's lines, read as the preview reads them (every sample row, not five). */
function suggest(lines: readonly string[]) {
  const f = detectFormat(lines);
  const rows = lines.slice(f.hasHeader ? 1 : 0).map((l) => splitFields(l, f.delimiter));
  return suggestColumnRoles(f.columns, rows);
}

/** Thirty purchases of eight customers, in date order, with a row number where `rowNumber` is. */
function exportLines(header: readonly string[], row: (i: number, customer: string, date: string, amount: string) => readonly string[], delimiter = ','): string[] {
  const lines = [header.join(delimiter)];
  for (let i = 0; i < 30; i++) {
    const customer = String(100 + ((i * 5) % 8) * 13);
    const date = `2024-03-${String(1 + Math.floor(i / 2)).padStart(2, '0')}`;
    lines.push(row(i, customer, date, `${(7 + ((i * 37) % 90)).toFixed(0)}.${String((i * 13) % 100).padStart(2, '0')}`).join(delimiter));
  }
  return lines;
}

describe('valueShape', () => {
  it('tells row numbers, unique ids, repeated ids and a handful of values apart', () => {
    expect(valueShape(['1', '2', '3', '4'])).toBe('rowNumbers');
    expect(valueShape(['0', '1', '2'])).toBe('rowNumbers');
    expect(valueShape(['1', '2', '4', '5', '7'])).toBe('unique');
    expect(valueShape(['2', '3', '4', '5', '6'])).toBe('unique');
    expect(valueShape(['C1', 'C2', 'C1'])).toBe('repeated');
    expect(valueShape(Array.from({ length: 40 }, (_, i) => (i % 2 ? 'web' : 'store')))).toBe('few');
    expect(valueShape(['A', 'B'])).toBe('unknown');
    expect(valueShape(['1', '', '3'])).toBe('unknown');
  });
});

describe('suggestColumnRoles on real-world headers', () => {
  it.each([
    ['R write.csv', ['""', 'Id', 'Date', 'Price']],
    ['R read.csv then write.csv', ['X', 'Id', 'Date', 'Price']],
    ['readr', ['...1', 'customer_id', 'date', 'amount']],
    ['pandas to_csv', ['Unnamed: 0', 'CustomerID', 'InvoiceDate', 'Amount']],
    ['pandas with its index named', ['index', 'user_id', 'timestamp', 'value']],
    ['a numbered listing', ['#', 'Member', 'Date', 'Sales']],
    ['row', ['row', 'card_number', 'date', 'total']],
    ['n', ['n', 'Client', 'Date', 'Spend']],
    ['Spanish, no.', ['no.', 'Cliente', 'Fecha', 'Importe']],
    ['Spanish, Nº', ['Nº', 'Id. de cliente', 'Día', 'Venta']],
    ['Spanish, fila', ['fila', 'Número de socio', 'Fecha de compra', 'Total']],
  ])('%s: the named id over the row number, wherever the row number is', (_, header) => {
    for (const at of [0, 1, 3]) {
      const names = [...header.slice(1)];
      names.splice(at, 0, header[0]!);
      const lines = exportLines(names, (i, customer, date, amount) => {
        const cells = [customer, date, amount];
        cells.splice(at, 0, `"${i + 1}"`);
        return cells;
      });
      const idAt = at === 0 ? 1 : 0;
      expect(suggest(lines), `${names.join(',')}`).toEqual({ customerId: idAt, date: names.indexOf(header[2]!), amount: names.indexOf(header[3]!), customerIdAlternatives: [] });
    }
  });

  it('reads a Spanish semicolon export with decimal commas and a row number', () => {
    const lines = exportLines(['Nº', 'Fecha', 'Tarjeta', 'Importe'], (i, customer, date, amount) => [String(i + 1), date.split('-').reverse().join('/'), `T${customer}`, amount.replace('.', ',')], ';');
    expect(suggest(lines)).toEqual({ customerId: 2, date: 1, amount: 3, customerIdAlternatives: [] });
  });

  it('prefers a customer column to a bare id that is unique per row (a receipt number)', () => {
    const lines = exportLines(['Id', 'CustomerId', 'Date', 'Amount'], (i, customer, date, amount) => [String(5000 + i * 3), customer, date, amount]);
    expect(suggest(lines)).toMatchObject({ customerId: 1, customerIdAlternatives: [] });
  });

  it('reads the Online Retail layout: the customer id, not the invoice, stock code or country', () => {
    const lines = ['InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'];
    for (let i = 0; i < 30; i++) lines.push(`${536365 + Math.floor(i / 3)},8512${i % 7}A,WHITE MUG ${i % 5},${1 + (i % 6)},2010-12-0${1 + (i % 9)},${(2 + (i % 7) * 0.55).toFixed(2)},${17850 + (Math.floor(i / 3) % 4)},United Kingdom`);
    expect(suggest(lines)).toEqual({ customerId: 6, date: 4, amount: 5, customerIdAlternatives: [] });
  });

  it('takes the purchase date over a birth date, and a total over a unit price', () => {
    const lines = exportLines(['fecha_nacimiento', 'cliente', 'precio', 'fecha', 'total'], (_, customer, date, amount) => ['1980-05-04', customer, '3.10', date, amount]);
    expect(suggest(lines)).toEqual({ customerId: 1, date: 3, amount: 4, customerIdAlternatives: [] });
  });

  it('in a file without a header, takes the repeated values over the row numbers, never a date or an amount', () => {
    const lines = exportLines(['1', 'C0', '2024-02-29', '1.50'], (i, customer, date, amount) => [String(i + 2), `C${customer}`, date, amount]);
    expect(suggest(lines)).toEqual({ customerId: 1, date: 2, amount: 3, customerIdAlternatives: [] });
  });

  it('says when two columns could both be the customer id', () => {
    const both = exportLines(['customer_id', 'member_id', 'date', 'amount'], (_, customer, date, amount) => [customer, `M${customer}`, date, amount]);
    expect(suggest(both)).toEqual({ customerId: 0, date: 2, amount: 3, customerIdAlternatives: [1] });
    // Neither a row number nor an order's id is a customer: a guess between them is said as one.
    const neither = exportLines(['', 'order_id', 'date', 'amount'], (i, _, date, amount) => [String(i + 1), `O${900 + i}`, date, amount]);
    expect(suggest(neither)).toMatchObject({ customerIdAlternatives: [expect.any(Number)] });
  });

  it('works from the five samples of each column when no rows are given', () => {
    const f = detectFormat(['"",Id,Date,Price', '"1",C1,2024-01-02,3.50', '"2",C2,2024-01-03,4.25', '"3",C1,2024-01-04,1.00']);
    expect(suggestColumnRoles(f.columns)).toEqual({ customerId: 1, date: 2, amount: 3, customerIdAlternatives: [] });
  });
});

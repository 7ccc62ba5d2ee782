import { describe, expect, it } from 'vitest';
import type { DetectedColumn } from './detectFormat';
import { currencyMarkOf, detectCurrency, resolveDetectedCurrency, type CurrencyDetection } from './detectCurrency';

/** Columns and rows as the preview gives them, from a header and data rows. */
function file(header: string[], rows: string[][]): { columns: DetectedColumn[]; rows: string[][] } {
  return { columns: header.map((name, index) => ({ index, name, type: 'text', samples: rows.slice(0, 5).map((r) => r[index] ?? '') })), rows };
}

const detect = (header: string[], rows: string[][], amount: number | null): CurrencyDetection | null => {
  const f = file(header, rows);
  return detectCurrency(f.columns, f.rows, amount);
};

describe('the mark beside an amount', () => {
  it('reads symbols and codes before or after the number, signed or in brackets', () => {
    expect(currencyMarkOf('$1,234.50')).toMatchObject({ mark: '$' });
    expect(currencyMarkOf('-$5.00')).toMatchObject({ mark: '$' });
    expect(currencyMarkOf('($5.00)')).toMatchObject({ mark: '$' });
    expect(currencyMarkOf('1.234,56 €')).toEqual({ mark: '€', currencies: ['EUR'] });
    expect(currencyMarkOf('€12.50')).toEqual({ mark: '€', currencies: ['EUR'] });
    expect(currencyMarkOf('£12.50')).toEqual({ mark: '£', currencies: ['GBP'] });
    expect(currencyMarkOf('US$ 12.00')).toEqual({ mark: 'US$', currencies: ['USD'] });
    expect(currencyMarkOf('R$ 1.234,56')).toEqual({ mark: 'R$', currencies: ['BRL'] });
    expect(currencyMarkOf('S/ 45,90')).toEqual({ mark: 'S/', currencies: ['PEN'] });
    expect(currencyMarkOf('MXN 1,234.50')).toEqual({ mark: 'MXN', currencies: ['MXN'] });
    expect(currencyMarkOf('12,50 EUR')).toEqual({ mark: 'EUR', currencies: ['EUR'] });
    expect(currencyMarkOf('1 200 kr')).toMatchObject({ mark: 'kr', currencies: ['SEK', 'NOK', 'DKK'] });
    // A code says which dollar a "$" is.
    expect(currencyMarkOf('$12.00 CAD')).toEqual({ mark: '$ CAD', currencies: ['CAD'] });
  });

  it('leaves bare numbers, dates, ids and unknown codes alone', () => {
    for (const value of ['12.50', '1.234,56', '2024-03-25', '25/03/2024', 'C123', 'ABC 12', 'Fresh fruit', '']) expect(currencyMarkOf(value)).toBeNull();
  });
});

describe('the currency of an export', () => {
  it('reads an English export in dollars as ambiguous between the dollar and the pesos', () => {
    const d = detect(['Customer', 'Date', 'Amount'], [['C1', '2024-03-01', '$1,234.50'], ['C2', '2024-03-02', '$12.00'], ['C1', '2024-03-09', '-$3.00']], 2)!;
    expect(d).toMatchObject({ code: 'USD', ambiguous: true, marks: ['$'], source: 'amounts', column: 2, mixed: false });
    expect(d.candidates.slice(0, 5)).toEqual(['USD', 'MXN', 'COP', 'ARS', 'CLP']);
  });

  it("lets the workspace's region decide a $", () => {
    const d = detect(['Cliente', 'Fecha', 'Importe'], [['C1', '01/03/2024', '$ 1.234,56'], ['C2', '02/03/2024', '$ 45.000']], 2)!;
    expect(d.ambiguous).toBe(true);
    expect(resolveDetectedCurrency(d, 'es-MX')).toEqual({ code: 'MXN', byRegion: true });
    expect(resolveDetectedCurrency(d, 'es-CO')).toEqual({ code: 'COP', byRegion: true });
    expect(resolveDetectedCurrency(d, 'es-AR')).toEqual({ code: 'ARS', byRegion: true });
    expect(resolveDetectedCurrency(d, 'es-CL')).toEqual({ code: 'CLP', byRegion: true });
    expect(resolveDetectedCurrency(d, 'en-US')).toEqual({ code: 'USD', byRegion: true });
    // A region whose currency is not a "$" does not decide: the likeliest stays, and is said to be a guess.
    expect(resolveDetectedCurrency(d, 'es-ES')).toEqual({ code: 'USD', byRegion: false });
    expect(resolveDetectedCurrency(d, null)).toEqual({ code: 'USD', byRegion: false });
  });

  it('reads a Spanish export in euros, and English ones in pounds, US$ and euros', () => {
    expect(detect(['Cliente', 'Fecha', 'Importe'], [['C1', '25/03/2024', '1.234,56 €'], ['C2', '26/03/2024', '12,50 €']], 2)).toMatchObject({ code: 'EUR', ambiguous: false, candidates: ['EUR'] });
    expect(detect(['Id', 'Date', 'Price'], [['1', '2024-03-01', '£12.50'], ['2', '2024-03-01', '£3.00']], 2)).toMatchObject({ code: 'GBP', ambiguous: false });
    expect(detect(['Id', 'Date', 'Price'], [['1', '2024-03-01', 'US$ 12.00'], ['2', '2024-03-01', 'US$ 3.10']], 2)).toMatchObject({ code: 'USD', ambiguous: false, marks: ['US$'] });
    expect(detect(['Id', 'Date', 'Price'], [['1', '2024-03-01', '€12.50'], ['2', '2024-03-01', '€3']], 2)).toMatchObject({ code: 'EUR', ambiguous: false });
  });

  it('reads Latin American codes and symbols: MXN, COP, CLP, ARS, PEN, R$', () => {
    expect(detect(['Socio', 'Fecha', 'Monto'], [['S1', '01/03/2024', 'MXN 1,234.50'], ['S2', '02/03/2024', 'MXN 300.00']], 2)).toMatchObject({ code: 'MXN', ambiguous: false });
    expect(detect(['Socio', 'Fecha', 'Monto'], [['S1', '01/03/2024', '45.900 COP'], ['S2', '02/03/2024', '12.000 COP']], 2)).toMatchObject({ code: 'COP' });
    expect(detect(['Socio', 'Fecha', 'Monto'], [['S1', '01/03/2024', 'CLP 15.990'], ['S2', '02/03/2024', 'CLP 4.500']], 2)).toMatchObject({ code: 'CLP' });
    expect(detect(['Socio', 'Fecha', 'Monto'], [['S1', '01/03/2024', 'ARS 15.990,00']], 2)).toMatchObject({ code: 'ARS' });
    expect(detect(['Cliente', 'Fecha', 'Total'], [['C1', '01/03/2024', 'S/ 45,90'], ['C2', '02/03/2024', 'S/. 12,00']], 2)).toMatchObject({ code: 'PEN', marks: ['S/', 'S/.'] });
    expect(detect(['Cliente', 'Data', 'Valor'], [['C1', '01/03/2024', 'R$ 1.234,56'], ['C2', '02/03/2024', 'R$ 45,90']], 2)).toMatchObject({ code: 'BRL' });
  });

  it('finds marked amounts in a column the preview could not read as numbers', () => {
    // "R$ 45,90" is no number to the preview, so it suggests no amount column.
    expect(detect(['Cliente', 'Data', 'Valor'], [['C1', '01/03/2024', 'R$ 1.234,56'], ['C2', '02/03/2024', 'R$ 45,90']], null)).toMatchObject({ code: 'BRL', column: 2 });
  });

  it('reads a column of currency codes, and a code in the amount header', () => {
    expect(detect(['Cliente', 'Fecha', 'Importe', 'Moneda'], [['C1', '01/03/2024', '1234.5', 'COP'], ['C2', '02/03/2024', '300', 'COP']], 2)).toMatchObject({ code: 'COP', source: 'currencyColumn', column: 3 });
    expect(detect(['customer', 'date', 'Amount (USD)'], [['C1', '2024-03-01', '12.50']], 2)).toMatchObject({ code: 'USD', ambiguous: false, source: 'header' });
    expect(detect(['cliente', 'fecha', 'importe_eur'], [['C1', '2024-03-01', '12,50']], 2)).toMatchObject({ code: 'EUR', source: 'header' });
    expect(detect(['cliente', 'fecha', 'Importe (€)'], [['C1', '2024-03-01', '12,50']], 2)).toMatchObject({ code: 'EUR', source: 'header' });
  });

  it('says when a file mixes currencies', () => {
    const d = detect(['Customer', 'Date', 'Amount'], [['C1', '2024-03-01', 'EUR 12.00'], ['C2', '2024-03-01', 'USD 5.00'], ['C3', '2024-03-01', 'EUR 7.00']], 2)!;
    expect(d).toMatchObject({ mixed: true, ambiguous: true, candidates: ['EUR', 'USD'] });
  });

  it('says nothing of bare numbers (the Online Retail, CDNOW and pandas exports)', () => {
    expect(detect(['', 'Id', 'Date', 'Price'], [['1', '12346', '2010-12-01', '77183.6'], ['2', '12347', '2010-12-07', '4310']], 3)).toBeNull();
    expect(detect(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'UnitPrice'], [['536365', '85123A', 'WHITE HANGING HEART T-LIGHT HOLDER', '6', '2.55']], 4)).toBeNull();
  });
});

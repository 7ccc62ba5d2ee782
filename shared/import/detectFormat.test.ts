import { describe, expect, it } from 'vitest';
import { suggestColumnRoles } from './columnRoles';
import { detectDelimiter, detectFormat, detectNumberFormat, duplicateNames } from './detectFormat';

describe('detectFormat', () => {
  it('reads a comma-separated export with a header', () => {
    const f = detectFormat(['customer_id,date,amount,store', 'C1,2024-03-01,12.50,Madrid', 'C2,2024-03-02,7.25,Sevilla']);
    expect(f).toMatchObject({ delimiter: ',', hasHeader: true, dateFormat: 'iso', number: { decimalSeparator: '.' } });
    expect(f.columns.map((c) => [c.name, c.type])).toEqual([
      ['customer_id', 'text'],
      ['date', 'date'],
      ['amount', 'number'],
      ['store', 'text'],
    ]);
    expect(suggestColumnRoles(f.columns)).toEqual({ customerId: 0, date: 1, amount: 2, customerIdAlternatives: [] });
  });

  it('reads a Spanish semicolon export with decimal comma and thousands points', () => {
    const f = detectFormat(['Cliente;Fecha;Importe', '001;25/03/2024;1.234,56', '002;02/04/2024;12,50', '003;13/04/2024;3,00']);
    expect(f).toMatchObject({ delimiter: ';', hasHeader: true, dateFormat: 'dd/mm/yyyy', dateFormatAmbiguous: false });
    expect(f.number).toEqual({ decimalSeparator: ',', thousandsSeparator: '.' });
    expect(suggestColumnRoles(f.columns)).toEqual({ customerId: 0, date: 1, amount: 2, customerIdAlternatives: [] });
  });

  it('reads the CDNOW layout: whitespace, no header, yyyymmdd', () => {
    const f = detectFormat([' 00004 0001 19970101  2   29.33', ' 00004 0001 19970118  2   29.73', ' 00018 0002 19970102  2   29.33']);
    expect(f).toMatchObject({ delimiter: 'whitespace', hasHeader: false, dateFormat: 'yyyymmdd' });
    expect(f.columns.map((c) => c.name)).toEqual(['Column 1', 'Column 2', 'Column 3', 'Column 4', 'Column 5']);
  });

  it('warns when dates could be day-first or month-first', () => {
    const f = detectFormat(['id\tday\tvalue', 'a\t03/04/2024\t5', 'b\t05/06/2024\t6']);
    expect(f.delimiter).toBe('\t');
    expect(f.dateFormatAmbiguous).toBe(true);
    expect(f.warnings.join(' ')).toMatch(/day-first or month-first/);
  });

  it('keeps a column\'s type when one of its first values is bad', () => {
    const rows = ['id,date,amount', ...Array.from({ length: 12 }, (_, i) => `C${i},2024-01-${String(i + 10).padStart(2, '0')},${i}.5`), 'C99,2024-02-30,doce'];
    const f = detectFormat(rows);
    expect(f.columns.map((c) => c.type)).toEqual(['text', 'date', 'number']);
    expect(f.dateFormat).toBe('iso');
  });

  it('handles an empty file', () => {
    expect(detectFormat([]).warnings).toEqual(['The file is empty.']);
  });
});

describe('detectDelimiter and detectNumberFormat', () => {
  it('prefers the delimiter that splits consistently', () => {
    expect(detectDelimiter(['a|b|c', 'd|e|f'])).toBe('|');
    expect(detectDelimiter(['a;b,5;c', 'd;e,1;f'])).toBe(';');
  });
  it('reads decimal marks from the values', () => {
    expect(detectNumberFormat(['12,5', '3,75'])).toEqual({ decimalSeparator: ',', thousandsSeparator: '' });
    expect(detectNumberFormat(['1,234.5', '7.25'])).toEqual({ decimalSeparator: '.', thousandsSeparator: ',' });
  });
});

describe('duplicateNames', () => {
  it('names the columns that share a name, counted from 1, as a person would', () => {
    expect(duplicateNames(['id', 'Date', 'amount', 'store', 'Date'])).toBe('columns 2 and 5 are both named "Date"');
    expect(duplicateNames(['id', 'Date', 'Amount', ' amount', 'date ', 'AMOUNT'])).toBe('columns 2 and 5 are named "Date" and "date", and columns 3, 4 and 6 are all named "Amount", "amount" and "AMOUNT"');
  });

  it('leaves unnamed columns and distinct names alone', () => {
    expect(duplicateNames(['id', 'date', 'amount', '', ' ', ''])).toBeNull();
    expect(duplicateNames([])).toBeNull();
  });

  it('is a warning of the preview when the file has a header', () => {
    const f = detectFormat(['id,Date,amount,Date', 'C1,2024-03-01,12.50,2024-03-02']);
    expect(f.warnings).toContain('Columns 2 and 4 are both named "Date": the import refuses the file until each column has a name of its own.');
    expect(detectFormat(['C1,2024-03-01,12.50,2024-03-01', 'C1,2024-03-01,12.50,2024-03-02']).warnings).toEqual([]);
  });
});

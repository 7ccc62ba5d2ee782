import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/formatters';
import { DEFAULT_RULES, initialAttributes, initialMapping } from './importForm';
import { formatFileSize } from './importLabels';
import { describeImport, type ImportChoices } from './importSummary';
import { previewFixture } from './testPreview';

const format = createFormatters('en-US', 'EUR');
const preview = previewFixture();

const choices = (overrides: Partial<ImportChoices> = {}): ImportChoices => ({
  kind: 'transactions',
  preview,
  read: preview.read,
  mapping: initialMapping(preview),
  attributes: initialAttributes(preview),
  rules: DEFAULT_RULES,
  ...overrides,
});

const asRecord = (c: ImportChoices) => Object.fromEntries(describeImport(c, format).map((l) => [l.label, l.value]));

describe('describeImport', () => {
  it('sums up a transaction import in plain words', () => {
    const lines = asRecord(choices());
    expect(lines.File).toBe('ventas.csv · 1.2 MB');
    expect(lines.Holds).toBe('Transactions');
    expect(lines['Read as']).toBe('Semicolon-separated, Latin-1; first row is a header; decimal comma, thousands point; dates DD/MM/YYYY');
    expect(lines.Columns).toBe('Customer id ← Cliente · Date ← Fecha · Amount ← Importe · Store ← Tienda');
    expect(lines.Rules).toBe('same-day purchases kept apart; returns (negative amounts) left out; all dates');
    expect(lines['Customer summary']).toBe('Up to the last purchase, in weeks');
    expect(lines['Rows that cannot be read']).toBe('Stop and list them');
  });

  it('mentions the window and the calibration end when set', () => {
    const lines = asRecord(choices({ rules: { ...DEFAULT_RULES, dateFrom: '2024-01-01', calibrationEnd: '2024-06-30', unit: 'month' } }));
    expect(lines.Rules).toContain('only purchases from Jan 1, 2024 on');
    expect(lines['Customer summary']).toBe('Up to Jun 30, 2024, in months');
  });

  it('names the sheet of a workbook instead of the delimiter', () => {
    const book = previewFixture({ isSpreadsheet: true, sheets: ['Ventas', 'Notas'], read: { ...preview.read, sheet: 'Ventas' } });
    expect(asRecord(choices({ preview: book, read: book.read }))['Read as']).toMatch(/^Sheet “Ventas”; first row is a header/);
  });

  it('lists the attributes with their kind and type', () => {
    const lines = asRecord(choices({ kind: 'attributes' }));
    expect(lines.Holds).toBe('Customer attributes');
    expect(lines['Customer id']).toBe('Cliente');
    expect(lines['4 attributes']).toBe('Fecha (commercial, text) · Importe (commercial, number) · Tienda (commercial, text) · Edad (demographic, number)');
  });
});

describe('formatFileSize', () => {
  it('uses MB from a megabyte up and KB below', () => {
    expect(formatFileSize(30_200_000, 'en-US')).toBe('30.2 MB');
    expect(formatFileSize(48_000, 'en-US')).toBe('48 KB');
    expect(formatFileSize(10, 'en-US')).toBe('1 KB');
  });
});

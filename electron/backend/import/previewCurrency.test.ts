import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewImport } from './previewImport';

const dir = mkdtempSync(join(tmpdir(), 'lw-preview-currency-'));
const csv = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('the preview reports the currency of the amounts', () => {
  it('a Spanish export in euros', async () => {
    const preview = await previewImport(csv('es.csv', 'Cliente;Fecha;Importe\nC1;25/03/2024;1.234,56 €\nC1;02/04/2024;12,50 €\nC2;13/04/2024;3,00 €\n'));
    expect(preview.suggestion.amount).toBe(2);
    expect(preview.currency).toMatchObject({ code: 'EUR', ambiguous: false, source: 'amounts', column: 2 });
  });

  it('an English export in dollars, as ambiguous with its candidates', async () => {
    const preview = await previewImport(csv('en.csv', 'customer,date,amount\nC1,2024-03-25,"$1,234.56"\nC2,2024-04-02,$12.50\n'));
    expect(preview.currency).toMatchObject({ code: 'USD', ambiguous: true, marks: ['$'] });
    expect(preview.currency!.candidates).toContain('MXN');
  });

  it('nothing when the amounts are bare numbers', async () => {
    const preview = await previewImport(csv('bare.csv', 'customer,date,amount\nC1,2024-03-25,1234.56\nC2,2024-04-02,12.50\n'));
    expect(preview.currency).toBeUndefined();
  });
});

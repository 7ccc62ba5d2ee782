import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewImport } from './previewImport';

const dir = mkdtempSync(join(tmpdir(), 'lw-preview-'));

describe('previewImport', () => {
  it('asks about ambiguous dates until the user chooses, and the badges follow the choice', async () => {
    const p = join(dir, 'ambiguous.csv');
    writeFileSync(p, 'id;day;value\na;03/04/2024;5,5\nb;05/06/2024;6,25\n');
    const first = await previewImport(p);
    expect(first.dateFormatAmbiguous).toBe(true);
    expect(first.warnings.join(' ')).toMatch(/day-first or month-first/);
    const chosen = await previewImport(p, { dateFormat: 'mm/dd/yyyy' });
    expect(chosen.dateFormatAmbiguous).toBe(false);
    expect(chosen.warnings).toEqual([]);
    expect(chosen.columns.map((c) => c.type)).toEqual(['text', 'date', 'number']);
    // Reading the decimal comma as a point makes the amounts text, and the badge says so.
    const point = await previewImport(p, { dateFormat: 'mm/dd/yyyy', decimalSeparator: '.', thousandsSeparator: '' });
    expect(point.columns[2]!.type).toBe('text');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BackendError } from '../../../shared/contract/errors';
import { readXlsxRecords } from './xlsxRecords';

const dir = mkdtempSync(join(tmpdir(), 'lw-xlsx-records-'));

describe('readXlsxRecords', () => {
  it('lets the row handler’s own failure through as it is, not as an unreadable workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Ventas');
    sheet.addRow(['cliente', 'fecha', 'importe']);
    sheet.addRow(['A', '2024-01-01', 10]);
    const path = join(dir, 'ventas.xlsx');
    await wb.xlsx.writeFile(path);
    const full = new BackendError('disk-full', 'The disk is full.');
    const read = readXlsxRecords(path, {}, (fields) => {
      if (fields[0] === 'A') throw full;
    });
    await expect(read).rejects.toBe(full);
  });

  it('says so when the workbook itself cannot be read', async () => {
    const path = join(dir, 'broken.xlsx');
    writeFileSync(path, 'PK\u0003\u0004 not a workbook');
    await expect(readXlsxRecords(path, {}, () => undefined)).rejects.toMatchObject({ code: 'invalid-arguments', message: expect.stringMatching(/could not be read as an Excel workbook/) });
  });
});

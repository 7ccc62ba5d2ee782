import type { ImportReport } from '../../../shared/domain/imports';
import type { WritableDB } from '../db/types';

/**
 * The imports table's row for one import: opened before the rows are written (transactions
 * carry its id), completed with the report once they are. Both inside the import's transaction.
 */
export function startImportRecord(db: WritableDB, kind: 'transactions' | 'attributes', file: { fileName: string; fileBytes: number }, settings: unknown): number {
  return Number(
    db
      .prepare(
        `INSERT INTO imports(kind, file_name, file_bytes, imported_at, settings_json, rows_read, rows_imported, dropped_json, customers_added)
         VALUES (?, ?, ?, ?, ?, 0, 0, '[]', 0)`,
      )
      .run(kind, file.fileName, file.fileBytes, new Date().toISOString(), JSON.stringify(settings)).lastInsertRowid,
  );
}

export function completeImportRecord(db: WritableDB, report: ImportReport): void {
  db.prepare('UPDATE imports SET rows_read = ?, rows_imported = ?, dropped_json = ?, customers_added = ? WHERE import_id = ?').run(
    report.rowsRead,
    report.rowsImported,
    JSON.stringify(report.dropped),
    report.customersAdded,
    report.importId,
  );
}

import { BackendError } from '../../../shared/contract/errors';
import type { AttributeImport } from '../../../shared/contract/importSchemas';
import type { ImportReport } from '../../../shared/domain/imports';
import { parseNumber } from '../../../shared/import/parseNumber';
import type { WritableDB } from '../db/types';
import { cancelledImport, RowLedger } from './importErrors';
import type { ImportHooks } from './importTransactions';
import { CustomerKeys } from './customerKeys';
import { completeImportRecord, startImportRecord } from './importRecord';
import { recordFault } from './recordFaults';
import { openRowSource } from './rowSource';

/**
 * Imports customer attributes (one row a customer, one column an attribute tagged with its CRM
 * kind) in one database transaction. A value already held for a customer is replaced; customers
 * not seen before are added (prospects without purchases are customers too).
 */
export async function importAttributes(db: WritableDB, spec: AttributeImport, hooks: ImportHooks = {}): Promise<ImportReport> {
  const started = Date.now();
  const source = openRowSource(spec.path, spec.read);
  const number = { decimalSeparator: spec.read.decimalSeparator, thousandsSeparator: spec.read.thousandsSeparator };
  const names = new Set(spec.attributes.map((a) => a.name));
  if (names.size !== spec.attributes.length) throw new BackendError('invalid-arguments', 'Two columns were given the same attribute name.', 'Give each attribute its own name.');
  hooks.setTotal?.(source.fileBytes);

  const ledger = new RowLedger(spec.onBadRows === 'stop');
  let rowsRead = 0;
  let rowsImported = 0;
  const needed = Math.max(spec.customerId, ...spec.attributes.map((a) => a.column)) + 1;

  db.exec('BEGIN IMMEDIATE');
  try {
    const importId = startImportRecord(db, 'attributes', source, spec);
    const define = db.prepare(
      `INSERT INTO attribute_definitions(name, kind, value_type, label, unit) VALUES (?, ?, ?, ?, NULL)
       ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, value_type = excluded.value_type`,
    );
    for (const a of spec.attributes) define.run(a.name, a.kind, a.valueType, a.name);
    const customers = new CustomerKeys(db);
    const upsert = db.prepare(
      `INSERT INTO customer_attributes(customer_key, name, value_num, value_text)
       VALUES (?, ?, ?, ?)
       ON CONFLICT(customer_key, name) DO UPDATE SET value_num = excluded.value_num, value_text = excluded.value_text`,
    );

    let lastBytes = 0;
    await source.read(
      (fields, line) => {
        const fault = recordFault(fields);
        if (fault !== null) return ledger.faulty(line, fault.reason, fault.hint);
        rowsRead++;
        const fail = (reason: string) => ledger.bad(line, reason);
        if (fields.length < needed) return fail(`has ${fields.length} fields; the mapping reads column ${needed}`);
        const id = (fields[spec.customerId] ?? '').trim();
        if (id === '') return fail('the customer id is empty');
        const values: [string, number | null, string | null][] = [];
        for (const a of spec.attributes) {
          const raw = (fields[a.column] ?? '').trim();
          if (raw === '') {
            values.push([a.name, null, null]);
          } else if (a.valueType === 'number') {
            const n = parseNumber(raw, number);
            if (n === null) return fail(`${a.name} "${raw}" is not a number`);
            values.push([a.name, n, null]);
          } else {
            values.push([a.name, null, raw]);
          }
        }
        if (ledger.halted) return;
        const key = customers.keyOf(id);
        for (const [name, num, text] of values) upsert.run(key, name, num, text);
        rowsImported++;
      },
      {
        ...(hooks.signal ? { signal: hooks.signal } : {}),
        onProgress: (bytes) => {
          hooks.pollCancel?.();
          hooks.advance?.(bytes - lastBytes);
          lastBytes = bytes;
          hooks.setDetail?.(`${rowsRead.toLocaleString('en')} rows`);
        },
      },
    );
    if (hooks.signal?.aborted) throw cancelledImport();
    ledger.throwIfHalted(source.fileName);
    if (rowsImported === 0) throw new BackendError('bad-input', `${source.fileName} has no rows to import (${rowsRead} read).`, 'Check the customer id column and the attribute columns.');

    const report: ImportReport = {
      importId,
      kind: 'attributes',
      fileName: source.fileName,
      fileBytes: source.fileBytes,
      rowsRead,
      rowsImported,
      customersAdded: customers.added,
      mergedSameDay: 0,
      dropped: ledger.dropped(),
      elapsedMs: Date.now() - started,
    };
    completeImportRecord(db, report);
    hooks.pollCancel?.();
    if (hooks.signal?.aborted) throw cancelledImport();
    db.exec('COMMIT');
    return report;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}

import { basename, extname } from 'node:path';
import { dayNumberToIso } from '../../../shared/calendar/isoDate';
import { ATTRIBUTE_KINDS, type AttributeDefinition, type AttributeKind } from '../../../shared/domain/attributes';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { schemaVersion } from '../db/migrations';
import type { ReadableDB } from '../db/types';
import { readTransactionRange } from './transactionRange';
import { readWorkspaceSettings } from './workspaceSettings';

export function readMeta(db: ReadableDB, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

const count = (db: ReadableDB, table: 'customers' | 'transactions' | 'attribute_definitions'): number =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

export function readAttributeDefinitions(db: ReadableDB): AttributeDefinition[] {
  const rows = db
    .prepare('SELECT name, kind, value_type AS valueType, label, unit FROM attribute_definitions')
    .all() as AttributeDefinition[];
  const order = (k: AttributeKind) => ATTRIBUTE_KINDS.indexOf(k);
  return rows.sort((a, b) => order(a.kind) - order(b.kind) || a.name.localeCompare(b.name));
}

export function readWorkspaceSummary(db: ReadableDB, path: string): WorkspaceSummary {
  const range = readTransactionRange(db);
  const seed = readMeta(db, 'sample.seed');
  const attributes = readAttributeDefinitions(db);
  return {
    path,
    name: basename(path, extname(path)),
    schemaVersion: schemaVersion(db),
    isSample: seed !== null,
    sampleSeed: seed === null ? null : Number(seed),
    ...readWorkspaceSettings(db),
    counts: {
      customers: count(db, 'customers'),
      transactions: count(db, 'transactions'),
      attributeDefinitions: attributes.length,
    },
    firstTransactionDate: range.first === null ? null : dayNumberToIso(range.first),
    lastTransactionDate: range.last === null ? null : dayNumberToIso(range.last),
    attributes,
  };
}

import type { PlanCurrency } from '../../../shared/contract/methods';
import { DEFAULT_CURRENCY, type WorkspaceSettings } from '../../../shared/domain/workspaceSettings';
import type { ReadableDB, WritableDB } from '../db/types';

/** The meta keys: 'currency' is the one workspaces have always had; 'locale' came with the settings. */
const CURRENCY_KEY = 'currency';
const LOCALE_KEY = 'locale';

const metaValue = (db: ReadableDB, key: string): string | null =>
  (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;

export function readWorkspaceSettings(db: ReadableDB): WorkspaceSettings {
  return { currencyCode: metaValue(db, CURRENCY_KEY) ?? DEFAULT_CURRENCY, locale: metaValue(db, LOCALE_KEY) };
}

/** Writes what is given (already validated by the contract's schemas), in one transaction. */
export function writeWorkspaceSettings(db: WritableDB, change: { currencyCode?: string | undefined; locale?: string | undefined }): void {
  const upsert = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    if (change.currencyCode !== undefined) upsert.run(CURRENCY_KEY, change.currencyCode);
    if (change.locale !== undefined) upsert.run(LOCALE_KEY, change.locale);
  })();
}

/** Every stored plan's latest version with its currency, read from the stored document. */
export function readPlanCurrencies(db: ReadableDB): PlanCurrency[] {
  return db
    .prepare(
      `SELECT v.plan_id AS planId, v.name, coalesce(json_extract(v.plan_json, '$.currency'), '') AS currency
         FROM plan_versions v
        WHERE v.version = (SELECT max(version) FROM plan_versions w WHERE w.plan_id = v.plan_id)
        ORDER BY v.name, v.plan_id`,
    )
    .all() as PlanCurrency[];
}

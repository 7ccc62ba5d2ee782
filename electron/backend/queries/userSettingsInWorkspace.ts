import { DEFAULT_LIFECYCLE_RULES, lifecycleRulesSchema, type LifecycleRules } from '../../../shared/segments/lifecycle';
import { DEFAULT_STRATEGIC_SCORE_SETTINGS, strategicScoreSettingsSchema, type StrategicScoreSettings } from '../../../shared/value/strategicScore';
import type { ReadableDB, WritableDB } from '../db/types';
import { readMeta } from './workspaceSummary';

const KEY = 'value.strategicScore';

/**
 * A setting the user keeps with the workspace, as JSON in the meta table; what cannot be read
 * (written by a later version, say) falls back to the default.
 */
function readSetting<T>(db: ReadableDB, key: string, parse: (value: unknown) => { success: boolean; data?: T }, fallback: T): T {
  const stored = readMeta(db, key);
  if (stored === null) return fallback;
  const parsed = parse(JSON.parse(stored));
  return parsed.success ? (parsed.data as T) : fallback;
}

function writeSetting(db: WritableDB, key: string, value: unknown): void {
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

export const readLifecycleRules = (db: ReadableDB): LifecycleRules =>
  readSetting(db, 'customers.lifecycleRules', (v) => lifecycleRulesSchema.safeParse(v), DEFAULT_LIFECYCLE_RULES);
export const writeLifecycleRules = (db: WritableDB, rules: LifecycleRules): void => writeSetting(db, 'customers.lifecycleRules', rules);

/** The workspace's strategic score weights; the defaults until the user sets their own. */
export const readScoreSettings = (db: ReadableDB): StrategicScoreSettings =>
  readSetting(db, KEY, (v) => strategicScoreSettingsSchema.safeParse(v), DEFAULT_STRATEGIC_SCORE_SETTINGS);
export const writeScoreSettings = (db: WritableDB, settings: StrategicScoreSettings): void => writeSetting(db, KEY, settings);

export function numericAttributes(db: ReadableDB): { name: string; label: string; kind: string }[] {
  return db.prepare("SELECT name, label, kind FROM attribute_definitions WHERE value_type = 'number' ORDER BY kind, name").all() as { name: string; label: string; kind: string }[];
}

import { DEFAULT_STRATEGIC_SCORE_SETTINGS, strategicScoreSettingsSchema, type StrategicScoreSettings } from '../../../shared/value/strategicScore';
import type { ReadableDB, WritableDB } from '../db/types';
import { readMeta } from './workspaceSummary';

const KEY = 'value.strategicScore';

/** The workspace's strategic score weights; the defaults until the user sets their own. */
export function readScoreSettings(db: ReadableDB): StrategicScoreSettings {
  const stored = readMeta(db, KEY);
  if (stored === null) return DEFAULT_STRATEGIC_SCORE_SETTINGS;
  const parsed = strategicScoreSettingsSchema.safeParse(JSON.parse(stored));
  // Settings saved by a later version in a form this one cannot read fall back to the defaults.
  return parsed.success ? parsed.data : DEFAULT_STRATEGIC_SCORE_SETTINGS;
}

export function writeScoreSettings(db: WritableDB, settings: StrategicScoreSettings): void {
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(settings));
}

export function numericAttributes(db: ReadableDB): { name: string; label: string; kind: string }[] {
  return db.prepare("SELECT name, label, kind FROM attribute_definitions WHERE value_type = 'number' ORDER BY kind, name").all() as { name: string; label: string; kind: string }[];
}

import type { ReadableDB, WritableDB } from '../types';
import { migrateTo1 } from './001_core';
import { migrateTo2 } from './002_sample_truth';
import { migrateTo3 } from './003_imports_and_summary';
import { migrateTo4 } from './004_covering_index';
import { migrateTo5 } from './005_segmentations';
import { migrateTo6 } from './006_plans_and_runs';
import { migrateTo7 } from './007_scenarios';
import { migrateTo8 } from './008_integer_keys';
import { migrateTo9 } from './009_run_inputs';
import { migrateTo10 } from './010_analysis_results';
import { migrateTo11 } from './011_customer_values';

/** Migration n brings a workspace from version n-1 to n. Append only; never edit a shipped one. */
export const MIGRATIONS: readonly ((db: WritableDB) => void)[] = [migrateTo1, migrateTo2, migrateTo3, migrateTo4, migrateTo5, migrateTo6, migrateTo7, migrateTo8, migrateTo9, migrateTo10, migrateTo11];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** 'LWB1' as a big-endian integer: marks a SQLite file as a Loyalty Workbench workspace. */
export const APPLICATION_ID = 0x4c574231;

export function schemaVersion(db: ReadableDB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the workspace up to the latest version, all steps in one transaction: either every
 * pending migration lands or none does.
 */
export function migrate(db: WritableDB, target = LATEST_SCHEMA_VERSION): { from: number; to: number } {
  const from = schemaVersion(db);
  if (from > target) throw new RangeError(`Cannot migrate down from ${from} to ${target}.`);
  if (from === target) return { from, to: from };
  db.transaction(() => {
    for (let v = from + 1; v <= target; v++) {
      const step = MIGRATIONS[v - 1];
      if (!step) throw new RangeError(`No migration to version ${v}.`);
      step(db);
      db.pragma(`user_version = ${v}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  })();
  return { from, to: target };
}

import { describe, expect, it } from 'vitest';
import { openSqlite } from '../sqlite';
import type { WritableDB } from '../types';
import { migrate } from '.';
import { migrateTo10 } from './010_analysis_results';

describe('migration 10: the last result of each analysis', () => {
  const fresh = (): WritableDB => {
    const db = openSqlite(':memory:') as WritableDB;
    db.pragma('foreign_keys = ON');
    migrate(db, 9);
    migrateTo10(db);
    return db;
  };
  const insert = (db: WritableDB, kind: string, key: string, result = '{"rows":[]}', hashes = '{"customers":"c"}') =>
    db
      .prepare('INSERT INTO analysis_results(kind, key, made_at, request_json, input_hashes_json, inputs_hash, result_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(kind, key, '2026-01-02T10:00:00.000Z', '{}', hashes, 'h', result);

  it('keeps one result per kind and key, and another for another key', () => {
    const db = fresh();
    insert(db, 'sensitivity', '1');
    insert(db, 'sensitivity', '2');
    insert(db, 'fit', 'workspace');
    expect(() => insert(db, 'sensitivity', '1')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(db.prepare('SELECT kind, key FROM analysis_results ORDER BY kind, key').all()).toEqual([
      { kind: 'fit', key: 'workspace' },
      { kind: 'sensitivity', key: '1' },
      { kind: 'sensitivity', key: '2' },
    ]);
  });

  it('refuses a kind it does not know and a result or hashes that are not JSON', () => {
    const db = fresh();
    expect(() => insert(db, 'tornado', '1')).toThrow(/CHECK/);
    expect(() => insert(db, 'fit', 'workspace', 'not json')).toThrow(/CHECK/);
    expect(() => insert(db, 'fit', 'workspace', '{}', 'customers=c')).toThrow(/CHECK/);
  });

  it('leaves what was there before untouched', () => {
    const db = openSqlite(':memory:') as WritableDB;
    migrate(db, 9);
    db.prepare("INSERT INTO segmentations VALUES (1, 'tiers', '2026-01-01', '{}', '{}')").run();
    migrateTo10(db);
    expect(db.prepare('SELECT count(*) AS n FROM segmentations').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM analysis_results').get()).toEqual({ n: 0 });
  });
});

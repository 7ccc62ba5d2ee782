import { describe, expect, it } from 'vitest';
import { openSqlite } from '../sqlite';
import type { WritableDB } from '../types';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, migrate, schemaVersion } from '.';

describe('migrate', () => {
  it('brings an empty database to the latest version and marks it as a workspace', () => {
    const db = openSqlite(':memory:') as WritableDB;
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
  });

  it('upgrades a version-1 workspace step by step', () => {
    const db = openSqlite(':memory:') as WritableDB;
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    expect(migrate(db)).toEqual({ from: 1, to: LATEST_SCHEMA_VERSION });
  });

  it('rolls every step back when one fails', () => {
    const db = openSqlite(':memory:') as WritableDB;
    migrate(db, 1);
    db.exec('CREATE TABLE sample_groups (x)'); // makes migration 2 fail half-way
    expect(() => migrate(db)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(1);
  });
});

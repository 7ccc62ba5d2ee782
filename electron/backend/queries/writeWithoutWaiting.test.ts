import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspaceConnection } from '../db/openWorkspace';
import { writeWithoutWaiting } from './writeWithoutWaiting';

describe('a write that must not wait', () => {
  it('does not wait for another connection holding the write lock (an import in its thread): it says busy at once and writes nothing', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lw-write-without-waiting-')), 'w.lwb');
    const db = createWorkspace(path);
    const importer = openWorkspaceConnection(path);
    const timeout = db.pragma('busy_timeout', { simple: true });
    importer.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    expect(writeWithoutWaiting(db, () => db.prepare("INSERT INTO customers(customer_id) VALUES ('a')").run())).toBe('busy');
    expect(performance.now() - started).toBeLessThan(500);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(timeout);
    importer.exec('ROLLBACK');
    expect(writeWithoutWaiting(db, () => db.prepare("INSERT INTO customers(customer_id) VALUES ('a')").run())).toBe('written');
    expect(db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1);
    // Nor into a transaction this connection holds open (an import run on it).
    db.exec('BEGIN');
    expect(writeWithoutWaiting(db, () => db.prepare("INSERT INTO customers(customer_id) VALUES ('b')").run())).toBe('busy');
    db.exec('ROLLBACK');
    // Any other failure goes up.
    expect(() => writeWithoutWaiting(db, () => db.prepare('INSERT INTO no_such_table VALUES (1)').run())).toThrow(/no such table/);
    importer.close();
    db.close();
  });
});

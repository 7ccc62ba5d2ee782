import { describe, expect, it } from 'vitest';
import { openSqlite } from '../sqlite';
import type { WritableDB } from '../types';
import { migrate } from '.';
import { migrateTo5 } from './005_segmentations';

describe('migration 5: segmentations', () => {
  it('keeps each customer’s segment and drops them with their segmentation', () => {
    const db = openSqlite(':memory:') as WritableDB;
    db.pragma('foreign_keys = ON');
    migrate(db, 4);
    migrateTo5(db);
    db.prepare("INSERT INTO customers VALUES ('c1')").run();
    db.prepare("INSERT INTO segmentations VALUES (1, 'tiers', '2026-01-01', '{}', '{}')").run();
    db.prepare("INSERT INTO customer_segments VALUES (1, 'c1', 0)").run();
    expect(() => db.prepare("INSERT INTO customer_segments VALUES (1, 'nobody', 0)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO segmentations VALUES (2, 'astrology', '2026-01-01', '{}', '{}')").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM segmentations WHERE segmentation_id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM customer_segments').get()).toEqual({ n: 0 });
  });
});

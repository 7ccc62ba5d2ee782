import type { WritableDB } from '../types';

/**
 * Version 5: segmentations kept with the workspace — how they were made, their names and
 * quality figures, and each customer's segment — so the plan and the simulation can work per
 * segment, and a renamed or merged segmentation survives a restart.
 */
export function migrateTo5(db: WritableDB): void {
  db.exec(`
    CREATE TABLE segmentations (
      segmentation_id INTEGER PRIMARY KEY,
      method          TEXT NOT NULL CHECK (method IN ('tiers', 'rfm', 'kmeans')),
      created_at      TEXT NOT NULL,
      request_json    TEXT NOT NULL,
      result_json     TEXT NOT NULL
    );

    CREATE TABLE customer_segments (
      segmentation_id INTEGER NOT NULL REFERENCES segmentations(segmentation_id) ON DELETE CASCADE,
      customer_id     TEXT NOT NULL REFERENCES customers(customer_id),
      segment         INTEGER NOT NULL CHECK (segment >= 0),
      PRIMARY KEY (segmentation_id, customer_id)
    ) WITHOUT ROWID;
  `);
}

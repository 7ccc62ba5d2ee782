import { openSqlite } from './sqlite';

/** Rows in a table of the workspace at `path`, read on a connection of its own (for tests). */
export function countRows(path: string, table: string): number {
  const db = openSqlite(path, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

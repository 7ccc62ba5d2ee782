import { basename } from 'node:path';
import type { Handlers } from '../../../shared/contract/methods';
import type { ImportRecord } from '../../../shared/domain/imports';
import { runImport } from '../import/importInWorker';
import { previewImport } from '../import/previewImport';
import { resolveUserPath } from '../workspace/resolveUserPath';
import type { HandlerContext } from './context';

type ImportMethods = 'import.preview' | 'import.transactions' | 'import.attributes' | 'imports.list';

interface ImportRow {
  importId: number;
  kind: ImportRecord['kind'];
  fileName: string;
  fileBytes: number;
  importedAt: string;
  settingsJson: string;
  rowsRead: number;
  rowsImported: number;
  droppedJson: string;
  customersAdded: number;
}

export function importHandlers(ctx: HandlerContext): Pick<Handlers, ImportMethods> {
  return {
    'import.preview': async ({ path, read }) => previewImport(resolveUserPath(path), read ?? {}),

    'import.transactions': async ({ summary, ...spec }) => {
      const path = resolveUserPath(spec.path);
      return ctx.session.exclusive(`Importing ${basename(path)}`, (opened) =>
        ctx.jobs.run(`Importing ${basename(path)}`, 'bytes', (job) =>
          runImport(opened.path, opened.db, { kind: 'transactions', spec: { ...spec, path }, summary: { unit: summary.unit, ...(summary.calibrationEnd ? { calibrationEnd: summary.calibrationEnd } : {}) } }, job),
        ),
      );
    },

    'import.attributes': async (spec) => {
      const path = resolveUserPath(spec.path);
      return ctx.session.exclusive(`Importing ${basename(path)}`, (opened) =>
        ctx.jobs.run(`Importing attributes from ${basename(path)}`, 'bytes', (job) => runImport(opened.path, opened.db, { kind: 'attributes', spec: { ...spec, path } }, job)),
      );
    },

    'imports.list': async () => {
      const rows = ctx.session
        .require()
        .reader.prepare(
          `SELECT import_id AS importId, kind, file_name AS fileName, file_bytes AS fileBytes, imported_at AS importedAt,
                  settings_json AS settingsJson, rows_read AS rowsRead, rows_imported AS rowsImported,
                  dropped_json AS droppedJson, customers_added AS customersAdded
             FROM imports ORDER BY import_id DESC`,
        )
        .all() as ImportRow[];
      return rows.map(({ settingsJson, droppedJson, ...r }) => ({
        ...r,
        settings: JSON.parse(settingsJson) as unknown,
        dropped: JSON.parse(droppedJson) as ImportRecord['dropped'],
        mergedSameDay: (JSON.parse(droppedJson) as ImportRecord['dropped']).find((d) => d.reason.startsWith('merged'))?.rows ?? 0,
        // Not recorded for past imports; the report of a fresh import carries it.
        elapsedMs: 0,
      }));
    },
  };
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { attributeImportSchema, type AttributeImport, type ReadOptions } from '../../../../shared/contract/importSchemas';
import { ATTRIBUTE_KINDS, type AttributeKind } from '../../../../shared/domain/attributes';
import type { DetectedColumn } from '../../../../shared/import/detectFormat';
import type { Delimiter } from '../../../../shared/import/splitFields';
import { createWorkspace, openWorkspace } from '../../../backend/db/openWorkspace';
import { removeDatabaseFiles } from '../../../backend/db/workspaceFile';
import { runImport } from '../../../backend/import/importInWorker';
import { previewImport } from '../../../backend/import/previewImport';
import { UsageError } from '../cliErrors';
import type { CommandIO } from '../command';
import { progressPrinter } from '../options';
import { optionIssues } from '../optionIssues';
import { waitForWriteAccess } from '../workspaceAccess';
import { resolveColumn } from './import';
import { defaultAttributeName, guessAttributeKind } from '../../../../shared/import/attributeColumns';

/**
 * `lw import --attributes FILE`: customer attributes, one row a customer, one column an
 * attribute (options in importAttributesUsage.ts). Kept apart from the transaction import's
 * options (import.ts hands over to it as soon as it sees --attributes), because the two read
 * different files with different mappings.
 */

const DELIMITER_WORDS: Record<string, Delimiter | 'auto'> = { auto: 'auto', ',': ',', ';': ';', tab: '\t', '|': '|', whitespace: 'whitespace' };


/** "--kind segment=marketing" as a column and a kind. */
function parseKind(text: string, columns: readonly DetectedColumn[], hasHeader: boolean): [number, AttributeKind] {
  const at = text.lastIndexOf('=');
  const kind = text.slice(at + 1).trim().toLowerCase() as AttributeKind;
  if (at <= 0 || !ATTRIBUTE_KINDS.includes(kind)) {
    throw new UsageError(`--kind takes COL=KIND with KIND one of ${ATTRIBUTE_KINDS.join(', ')} (got "${text}").`);
  }
  return [resolveColumn('--kind', text.slice(0, at).trim(), columns, hasHeader)!, kind];
}

export async function importAttributesCommand(io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args: io.argv,
    options: {
      workspace: { type: 'string' },
      attributes: { type: 'string' },
      'customer-col': { type: 'string' },
      kind: { type: 'string', multiple: true },
      text: { type: 'string', multiple: true },
      'skip-col': { type: 'string', multiple: true },
      delimiter: { type: 'string' },
      'no-header': { type: 'boolean' },
      encoding: { type: 'string' },
      'decimal-comma': { type: 'boolean' },
      'skip-bad-rows': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    strict: true,
  });
  if (!values.workspace) throw new UsageError('import needs --workspace FILE.lwb.');
  if (!values.attributes) throw new UsageError('import --attributes needs a file: --attributes FILE.');
  const delimiter = DELIMITER_WORDS[values.delimiter ?? 'auto'];
  if (!delimiter) throw new UsageError(`--delimiter must be one of ${Object.keys(DELIMITER_WORDS).join(', ')} (got "${values.delimiter}").`);
  if (values.encoding && !['auto', 'utf-8', 'latin1'].includes(values.encoding)) throw new UsageError(`--encoding must be auto, utf-8 or latin1 (got "${values.encoding}").`);

  const path = resolve(values.attributes);
  const fixed: Partial<ReadOptions> = {
    ...(delimiter !== 'auto' ? { delimiter } : {}),
    ...(values['no-header'] ? { hasHeader: false } : {}),
    ...(values.encoding && values.encoding !== 'auto' ? { encoding: values.encoding as ReadOptions['encoding'] } : {}),
    ...(values['decimal-comma'] ? { decimalSeparator: ',' as const, thousandsSeparator: '' as const } : {}),
  };
  const preview = await previewImport(path, fixed);
  const { columns } = preview;
  const hasHeader = preview.read.hasHeader;
  const col = (flag: string, v: string) => resolveColumn(flag, v, columns, hasHeader)!;

  const customerId = values['customer-col'] !== undefined ? col('--customer-col', values['customer-col']) : preview.suggestion.customerId;
  if (customerId === null) throw new UsageError('could not tell which column holds the customer id; give --customer-col N|NAME.');
  if (!columns.some((c) => c.index === customerId)) throw new UsageError(`--customer-col: the file has ${columns.length} columns (got ${customerId + 1}).`);
  const kinds = new Map((values.kind ?? []).map((k) => parseKind(k, columns, hasHeader)));
  const asText = new Set((values.text ?? []).map((c) => col('--text', c)));
  const skipped = new Set((values['skip-col'] ?? []).map((c) => col('--skip-col', c)));
  for (const [index] of kinds) {
    if (index === customerId) throw new UsageError(`--kind names column ${index + 1}, the customer id column, which is not an attribute.`);
    if (skipped.has(index)) throw new UsageError(`--kind names column ${index + 1}, which --skip-col leaves out.`);
  }

  const attributes = columns
    // An empty column (no value in the rows previewed) says nothing; the wizard leaves it out too.
    .filter((c) => c.index !== customerId && !skipped.has(c.index) && (c.type !== 'empty' || kinds.has(c.index)))
    .map((c) => ({
      column: c.index,
      name: defaultAttributeName(c.name) || `Column ${c.index + 1}`,
      kind: kinds.get(c.index) ?? guessAttributeKind(c.name),
      valueType: c.type === 'number' && !asText.has(c.index) ? ('number' as const) : ('text' as const),
    }));
  const checked = attributeImportSchema.safeParse({ path, read: preview.read, customerId, attributes, onBadRows: values['skip-bad-rows'] ? 'skip' : 'stop' });
  if (!checked.success) {
    // A bad attribute name is the header's: say which column, and how to leave it out.
    const issues = checked.error.issues.map((i) => (i.path[0] === 'attributes' && typeof i.path[1] === 'number' ? { ...i, path: [`column ${attributes[i.path[1]]!.column + 1}`] } : i));
    const perColumn = Object.fromEntries(attributes.map((a) => [`column ${a.column + 1}`, { flag: `column ${a.column + 1} ("${a.name}")`, form: 'a name', given: a.name }]));
    throw optionIssues('import', issues, { ...perColumn, path: { flag: '--attributes', form: 'FILE', given: values.attributes } });
  }
  const spec: AttributeImport = checked.data;
  const names = new Set<string>();
  for (const a of spec.attributes) {
    const key = a.name.toLowerCase();
    if (names.has(key)) throw new UsageError(`two columns make the attribute name "${a.name}"; leave one out with --skip-col.`);
    names.add(key);
  }

  const described = spec.attributes.map((a) => `${a.name} (${a.kind}, ${a.valueType === 'number' ? 'numeric' : 'categorical'})`);
  const idHeader = columns.find((c) => c.index === customerId)!.name;
  if (!values.json) io.stdout(`Customer id: column ${customerId + 1} "${idHeader}". Attributes: ${described.join(', ')}.`);

  const workspacePath = resolve(values.workspace);
  const created = !existsSync(workspacePath);
  const db = created ? createWorkspace(workspacePath) : openWorkspace(workspacePath);
  if (created) io.stderr(`lw: created the workspace ${workspacePath}`);
  const progress = progressPrinter(io, 'Importing attributes (bytes)');
  let imported = false;
  try {
    await waitForWriteAccess(db, workspacePath, io);
    // Ctrl-C (the progress printer's signal) rolls the import back.
    const report = await runImport(workspacePath, db, { kind: 'attributes', spec }, progress);
    progress.finish();
    imported = true;
    if (values.json) {
      io.stdout(JSON.stringify({ customerColumn: customerId + 1, attributes: spec.attributes.map((a) => ({ ...a, column: a.column + 1 })), report }, null, 2));
      return 0;
    }
    const n = (x: number) => x.toLocaleString('en');
    io.stdout(`Imported ${spec.attributes.length} attributes of ${n(report.rowsImported)} customers (${n(report.customersAdded)} not seen before) from ${report.fileName} (${n(report.rowsRead)} rows read) in ${(report.elapsedMs / 1000).toFixed(1)} s.`);
    for (const d of report.dropped) io.stdout(`  left out: ${n(d.rows)} — ${d.reason}${d.lines.length ? ` (lines ${d.lines.slice(0, 5).join(', ')}${d.rows > 5 ? ', …' : ''})` : ''}`);
  } finally {
    db.close();
    // A workspace made for an import that did not happen is not left behind, empty.
    if (created && !imported) removeDatabaseFiles(workspacePath);
  }
  return 0;
}

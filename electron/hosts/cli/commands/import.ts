import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { transactionImportSchema, type ReadOptions, type TransactionImport } from '../../../../shared/contract/importSchemas';
import type { DetectedColumn } from '../../../../shared/import/detectFormat';
import { DATE_FORMATS, type DateFormat } from '../../../../shared/import/parseDate';
import type { Delimiter } from '../../../../shared/import/splitFields';
import { TIME_UNITS, type TimeUnit } from '../../../../shared/domain/timeUnits';
import { createWorkspace, openWorkspace } from '../../../backend/db/openWorkspace';
import { runImport } from '../../../backend/import/importInWorker';
import { previewImport } from '../../../backend/import/previewImport';
import { removeDatabaseFiles } from '../../../backend/db/workspaceFile';
import { UsageError } from '../cliErrors';
import { applyToExisting, askedSettings, newWorkspaceSettings } from '../importCurrency';
import { requiredColumns } from '../importMapping';
import type { Command } from '../command';
import { progressPrinter } from '../options';
import { waitForWriteAccess } from '../workspaceAccess';
import { optionIssues } from '../optionIssues';
import { ATTRIBUTE_IMPORT_USAGE } from './importAttributesUsage';

const DELIMITER_WORDS: Record<string, Delimiter | 'auto'> = { auto: 'auto', ',': ',', ';': ';', tab: '\t', '|': '|', whitespace: 'whitespace' };

/** A column given as a 1-based number or as a header name; returns the 0-based index. */
export function resolveColumn(flag: string, value: string | undefined, columns: readonly DetectedColumn[], hasHeader: boolean): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    if (n < 1) throw new UsageError(`${flag}: columns are counted from 1.`);
    return n - 1;
  }
  if (!hasHeader) throw new UsageError(`${flag} "${value}": the file has no header, so give the column's number (from 1).`);
  const found = columns.find((c) => c.name.toLowerCase() === value.toLowerCase());
  if (!found) throw new UsageError(`${flag} "${value}": no such column. Columns: ${columns.map((c) => c.name).join(', ')}.`);
  return found.index;
}

/** The user's widening of the import's plausibility limits (absent: the defaults). */
function plausibilityOptions(values: { 'earliest-date'?: string | undefined; 'latest-date'?: string | undefined; 'max-amount'?: string | undefined }): { plausibility?: Record<string, string | number> } {
  const limits: Record<string, string | number> = {};
  if (values['earliest-date']) limits.earliestDate = values['earliest-date'];
  if (values['latest-date']) limits.latestDate = values['latest-date'];
  if (values['max-amount']) {
    const max = Number(values['max-amount']);
    if (!Number.isFinite(max)) throw new UsageError(`--max-amount must be a number such as 5e9 (got "${values['max-amount']}").`);
    limits.maxAmount = max;
  }
  return Object.keys(limits).length > 0 ? { plausibility: limits } : {};
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a transactions file (CSV, TSV, whitespace text or XLSX), or customer attributes (--attributes), into a workspace.',
  usage: `lw import --workspace FILE.lwb --transactions FILE [options]

  --workspace FILE.lwb       the workspace (created when it does not exist)
  --currency CODE            a new workspace's currency, ISO 4217 (USD, MXN, EUR...); default:
                             the one the amounts are written in ($, €, MXN...), else EUR
  --locale TAG               a new workspace's locale for numbers and dates (es-MX, en-US...);
                             it also decides a "$" (es-MX: MXN); default: the app's language
  --transactions FILE        the file to import (.csv .tsv .txt .dat .xlsx)
  --delimiter D              auto (default), ",", ";", tab, "|" or whitespace
  --no-header                the first line is data, not column names
  --encoding E               auto (default: UTF-8, or UTF-16 and byte-order marks as the bytes say), utf-8 or latin1
  --customer-col N|NAME      the customer id column (number from 1, or header name)
  --date-col N|NAME          the date column
  --amount-col N|NAME        the amount column
  --margin-col, --quantity-col, --channel-col, --store-col, --category-col  optional columns
  --date-format F            ${DATE_FORMATS.join(', ')} (default: detected)
  --decimal-comma            numbers use a decimal comma (default: detected)
  --merge-same-day           merge a customer's purchases on one day into one
  --keep-returns             keep negative amounts (returns); default: drop them, counted
  --from YYYY-MM-DD, --to YYYY-MM-DD   import only this date window
  --skip-bad-rows            skip bad rows and report them (default: stop, import nothing)
  --earliest-date D, --latest-date D   accept dates in this range (default: 1950-01-01 to a week
                             from today); dates outside it are bad rows
  --max-amount X             the largest amount (and margin, quantity) a row may hold (default: 1e9)
  --calibration-end DATE     calibration end of the stored customer summary (default: last date)
  --unit day|week|month      unit of the stored customer summary (default: week)

${ATTRIBUTE_IMPORT_USAGE}`,

  async run(io) {
    // Customer attributes are another file with another mapping, so another set of options.
    if (io.argv.some((a) => a === '--attributes' || a.startsWith('--attributes='))) return (await import('./importAttributesCommand')).importAttributesCommand(io);
    const { values } = parseArgs({
      args: io.argv,
      options: {
        workspace: { type: 'string' },
        transactions: { type: 'string' },
        currency: { type: 'string' },
        locale: { type: 'string' },
        delimiter: { type: 'string' },
        'no-header': { type: 'boolean' },
        encoding: { type: 'string' },
        'customer-col': { type: 'string' },
        'date-col': { type: 'string' },
        'amount-col': { type: 'string' },
        'margin-col': { type: 'string' },
        'quantity-col': { type: 'string' },
        'channel-col': { type: 'string' },
        'store-col': { type: 'string' },
        'category-col': { type: 'string' },
        'date-format': { type: 'string' },
        'decimal-comma': { type: 'boolean' },
        'merge-same-day': { type: 'boolean' },
        'keep-returns': { type: 'boolean' },
        from: { type: 'string' },
        to: { type: 'string' },
        'skip-bad-rows': { type: 'boolean' },
        'earliest-date': { type: 'string' },
        'latest-date': { type: 'string' },
        'max-amount': { type: 'string' },
        'calibration-end': { type: 'string' },
        unit: { type: 'string' },
      },
      strict: true,
    });
    if (!values.workspace) throw new UsageError('import needs --workspace FILE.lwb.');
    if (!values.transactions) throw new UsageError('import needs --transactions FILE.');
    const delimiter = DELIMITER_WORDS[values.delimiter ?? 'auto'];
    if (!delimiter) throw new UsageError(`--delimiter must be one of ${Object.keys(DELIMITER_WORDS).join(', ')}.`);
    if (values.encoding && !['auto', 'utf-8', 'latin1'].includes(values.encoding)) throw new UsageError('--encoding must be auto, utf-8 or latin1.');
    if (values['date-format'] && !DATE_FORMATS.includes(values['date-format'] as DateFormat)) {
      throw new UsageError(`--date-format must be one of ${DATE_FORMATS.join(', ')}.`);
    }
    const asked = askedSettings(values.currency, values.locale);
    const unit = (values.unit ?? 'week') as TimeUnit;
    if (!TIME_UNITS.includes(unit)) throw new UsageError('--unit must be day, week or month.');

    const path = resolve(values.transactions);
    const fixed: Partial<ReadOptions> = {
      ...(delimiter !== 'auto' ? { delimiter } : {}),
      ...(values['no-header'] ? { hasHeader: false } : {}),
      ...(values.encoding && values.encoding !== 'auto' ? { encoding: values.encoding as ReadOptions['encoding'] } : {}),
      ...(values['date-format'] ? { dateFormat: values['date-format'] as DateFormat } : {}),
      ...(values['decimal-comma'] ? { decimalSeparator: ',' as const, thousandsSeparator: '' as const } : {}),
    };
    const preview = await previewImport(path, fixed);
    const col = (flag: string, v: string | undefined) => resolveColumn(flag, v, preview.columns, preview.read.hasHeader);
    const mapping = {
      ...requiredColumns(preview, { customerId: col('--customer-col', values['customer-col']), date: col('--date-col', values['date-col']), amount: col('--amount-col', values['amount-col']) }, io.stderr),
      margin: col('--margin-col', values['margin-col']),
      quantity: col('--quantity-col', values['quantity-col']),
      channel: col('--channel-col', values['channel-col']),
      store: col('--store-col', values['store-col']),
      category: col('--category-col', values['category-col']),
    };
    if (preview.dateFormatAmbiguous) io.stderr('lw: warning: dates could be day-first or month-first; reading them as ' + preview.read.dateFormat + '. Give --date-format to be sure.');
    const parsed = transactionImportSchema.safeParse({
      path,
      read: preview.read,
      mapping: Object.fromEntries(Object.entries(mapping).filter(([, v]) => v !== undefined)),
      rules: {
        mergeSameDay: values['merge-same-day'] ?? false,
        negativeAmounts: values['keep-returns'] ? 'keep' : 'drop',
        ...(values.from ? { dateFrom: values.from } : {}),
        ...(values.to ? { dateTo: values.to } : {}),
      },
      onBadRows: values['skip-bad-rows'] ? 'skip' : 'stop',
      ...plausibilityOptions(values),
    });
    if (!parsed.success) {
      throw optionIssues('import', parsed.error.issues, {
        path: { flag: '--transactions', form: 'FILE', given: values.transactions },
        'rules.dateFrom': { flag: '--from', form: 'YYYY-MM-DD', given: values.from },
        'rules.dateTo': { flag: '--to', form: 'YYYY-MM-DD', given: values.to },
        'plausibility.earliestDate': { flag: '--earliest-date', form: 'YYYY-MM-DD', given: values['earliest-date'] },
        'plausibility.latestDate': { flag: '--latest-date', form: 'YYYY-MM-DD', given: values['latest-date'] },
        'plausibility.maxAmount': { flag: '--max-amount', form: 'X', given: values['max-amount'] },
      });
    }
    const spec: TransactionImport = parsed.data;

    const workspacePath = resolve(values.workspace);
    const created = !existsSync(workspacePath);
    const settings = created ? newWorkspaceSettings(asked, preview.currency) : null;
    const db = settings ? createWorkspace(workspacePath, settings.currencyCode, settings.locale) : openWorkspace(workspacePath);
    if (settings) io.stderr(`lw: created the workspace ${workspacePath} ${settings.why}`);
    const progress = progressPrinter(io, 'Importing (bytes)');
    let imported = false;
    try {
      await waitForWriteAccess(db, workspacePath, io);
      if (!created) applyToExisting(db, workspacePath, asked, preview.currency, io.stderr);
      // Ctrl-C (the progress printer's signal) rolls the import back.
      const report = await runImport(workspacePath, db, { kind: 'transactions', spec, summary: { unit, ...(values['calibration-end'] ? { calibrationEnd: values['calibration-end'] } : {}) } }, progress);
      progress.finish();
      const n = (x: number) => x.toLocaleString('en');
      io.stdout(`Imported ${n(report.rowsImported)} transactions of ${n(report.customersAdded)} new customers from ${report.fileName} (${n(report.rowsRead)} rows read) in ${(report.elapsedMs / 1000).toFixed(1)} s.`);
      for (const d of report.dropped) io.stdout(`  left out: ${n(d.rows)} — ${d.reason}${d.lines.length ? ` (lines ${d.lines.slice(0, 5).join(', ')}${d.rows > 5 ? ', …' : ''})` : ''}`);
      imported = true;
    } finally {
      db.close();
      // A workspace made for an import that did not happen is not left behind, empty.
      if (created && !imported) removeDatabaseFiles(workspacePath);
    }
    return 0;
  },
};

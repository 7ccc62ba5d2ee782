/** One import, timed, for importBench.ts (run in its own process so its peak memory is its own). */
import { createWorkspace } from '../../electron/backend/db/openWorkspace';
import { importTransactions } from '../../electron/backend/import/importTransactions';

async function main(): Promise<void> {
  const [csv, workspace] = process.argv.slice(2) as [string, string];
  const db = createWorkspace(workspace);
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const report = await importTransactions(
    db,
    {
      path: csv,
      read: { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalSeparator: '.', thousandsSeparator: '', dateFormat: 'iso' },
      mapping: { customerId: 0, date: 1, amount: 2, channel: 3, store: 4 },
      rules: { mergeSameDay: false, negativeAmounts: 'drop' },
      onBadRows: 'stop',
    },
    { unit: 'week' },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // All of the process's threads, in microseconds.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  db.close();
  // maxRSS is in kilobytes.
  console.log(JSON.stringify({ seconds, cpuSeconds, peakMb: process.resourceUsage().maxRSS / 1024, rows: report.rowsImported }));
}

void main();

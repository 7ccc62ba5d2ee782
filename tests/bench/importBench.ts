/**
 * `npm run bench:import`: imports a generated 1,000,000-row CSV and prints rows per second and
 * peak memory, side by side with the sqlite3 shell's own `.import` of the same file on the same
 * machine (the goal: at most twice its time). A benchmark, not a test: machines are shared and
 * noisy, so it prints figures and never fails on them.
 *
 *   npm run bench:import [-- --rows N] [-- --keep]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(__dirname, '..', '..');

async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('customer_id,date,amount,channel,store\n');
  const stores = ['Madrid Centro', 'Barcelona', 'Valencia', 'Sevilla', 'Online'];
  let chunk = '';
  // A deterministic spread: 200,000 customers, three years of dates, amounts with cents.
  for (let i = 0; i < rows; i++) {
    const customer = (i * 7919) % 200_000;
    const day = Date.UTC(2023, 0, 1) / 86_400_000 + ((i * 31) % 1095);
    const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    chunk += `C${String(customer).padStart(6, '0')},${date},${((i * 37) % 20_000) / 100 + 1},${i % 3 === 0 ? 'online' : 'store'},${stores[i % stores.length]}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

function timeSqliteShell(csv: string, dir: string): number | null {
  const which = spawnSync('sh', ['-c', 'command -v sqlite3']);
  if (which.status !== 0) return null;
  const db = join(dir, 'shell.db');
  const started = process.hrtime.bigint();
  execFileSync('sqlite3', [db, '.mode csv', `.import ${csv} transactions`]);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Runs the import in a child process, so its peak memory is the import's own. */
function timeWorkbench(csv: string, dir: string): { seconds: number; peakMb: number; rows: number } {
  const script = join(__dirname, 'importOnce.ts');
  const result = spawnSync(process.execPath, ['--require', 'tsx/cjs', script, csv, join(dir, 'bench.lwb')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The import failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { seconds: number; peakMb: number; rows: number };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string' }, keep: { type: 'boolean' } } });
  const rows = Number(values.rows ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'lw-bench-import-'));
  const csv = join(dir, 'transactions.csv');
  console.log(`Generating ${rows.toLocaleString('en')} rows…`);
  await writeCsv(csv, rows);
  console.log(`File: ${(statSync(csv).size / 1e6).toFixed(1)} MB`);

  const shell = timeSqliteShell(csv, dir);
  const ours = timeWorkbench(csv, dir);
  const line = (label: string, seconds: number) => `${label.padEnd(34)} ${seconds.toFixed(2).padStart(7)} s  ${Math.round(rows / seconds).toLocaleString('en').padStart(11)} rows/s`;
  console.log('');
  if (shell !== null) console.log(line('sqlite3 shell .import (text only)', shell));
  else console.log('sqlite3 shell: not installed here (apt-get install sqlite3), so no side-by-side figure.');
  console.log(`${line('Loyalty Workbench import', ours.seconds)}  peak RSS ${ours.peakMb.toFixed(0)} MB`);
  if (shell !== null) {
    const ratio = ours.seconds / shell;
    console.log(`Ratio: ${ratio.toFixed(2)}x the shell's time (goal: at most 2x) — ${ratio <= 2 ? 'goal met' : 'goal NOT met'}`);
  }
  console.log('The workbench import also parses and checks every date and amount, builds the customer index and the per-customer summary.');
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

void main();

/**
 * `npm run bench:scale-ui`: the app on a retailer of a million customers, page by page (issue 15).
 * Generates the retailer (scaleUiData.ts: the sample's own generator, seeded, about 11.7 million
 * transactions and a few CRM attributes, as two CSV files), imports them with the command line as
 * a user would (`lw import`, whole process, timed with its peak memory), then creates the backend
 * in this process as the hosts do and calls, in the order a user visits the pages, every backend
 * call each page makes on arrival and on its main actions. For each call: its time, the longest
 * stall of this (the backend's) main thread while it ran, and how long another request ('jobs.list'
 * or 'app.info', sent every 200 ms from a thread of its own, as the UI's would arrive) took to be
 * answered meanwhile; each beside its goal. A benchmark: it prints figures and never fails on them
 * (exit 0); a call that fails is reported with its error, and the next one runs.
 *
 *   npm run bench:scale-ui [-- --customers N] [-- --seed S] [-- --only data,card,fit,...]
 *                          [-- --fresh] [-- --reimport] [-- --workers N] [-- --timeout-minutes M]
 *
 * The files and the imported workspace are kept in os.tmpdir()/lw-scale-ui/<seed>-<customers>/
 * and reused (--fresh makes everything again, --reimport only the import); each run works on a
 * copy of the workspace as the import left it, so every run starts where a user who has just
 * imported would. Steps (for --only): import, data, card, fit, segments, lifecycle, tiers, rfm,
 * kmeans, plan, sim-basic, sim-full, scenarios, sensitivity, goalseek. A step whose plan or
 * scenario does not exist yet (with --only) makes it first, untimed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { APP_VERSION } from '../../electron/backend/appVersion';
import { BackendError } from '../../shared/contract/errors';
import type { MethodResults } from '../../shared/contract/methods';
import type { SegmentModelProblem } from '../../shared/domain/segmentation';
import type { MethodArgs, MethodName } from '../../shared/contract/schemas';
import { generateScaleData, SCALE_ATTRIBUTES, type ScaleData } from './scaleUiData';

const ROOT = resolve(__dirname, '..', '..');
const LW = join(ROOT, 'bin', 'lw.mjs');

const STEPS = ['import', 'data', 'card', 'fit', 'segments', 'lifecycle', 'tiers', 'rfm', 'kmeans', 'plan', 'sim-basic', 'sim-full', 'scenarios', 'sensitivity', 'goalseek'] as const;
type Step = (typeof STEPS)[number];

/** The issue's goals. */
const STALL_GOAL_MS = 100;
const ANSWER_GOAL_MS = 1000;
const IMPORT_GOAL = { seconds: 30, mb: 600 };

/** One figure line: a call (or a page's calls together) with its time, stall and answer time. */
interface Row {
  label: string;
  seconds: number | null;
  stallMs: number | null;
  /** The longest another request waited for its answer while this ran; null when none was sent. */
  answerMs: number | null;
  goalSeconds: number | null;
  goalText: string;
  error: string | null;
  note: string;
  /** A page's line adding up the calls above it (they are shown indented). */
  total?: boolean;
  indent?: boolean;
}

const rows: Row[] = [];

const fmtSeconds = (s: number | null) => (s === null ? '–' : s < 10 ? s.toFixed(2) : s.toFixed(1));
const fmtMs = (ms: number | null) => (ms === null ? '–' : ms.toFixed(0));
const verdict = (value: number | null, goal: number | null) => (value === null || goal === null ? '' : value <= goal ? 'met' : 'NOT met');

function errorText(e: unknown): string {
  if (e instanceof BackendError) return `${e.code}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`;
  if (e instanceof Error) return e.name === 'Error' ? e.message : `${e.name}: ${e.message}`;
  return String(e);
}

function printHeader(): void {
  console.log('');
  console.log(
    `${'call'.padEnd(52)} ${'time s'.padStart(8)}  ${'goal'.padEnd(8)} ${'time'.padEnd(7)}  ${'stall ms'.padStart(8)} ${'≤ 100'.padEnd(7)}  ${'other req. ms'.padStart(13)} ${'≤ 1000'.padEnd(7)}  note`,
  );
}

function printRow(row: Row): void {
  const label = `${row.indent ? '  ' : ''}${row.label}`;
  if (row.error !== null) {
    console.log(`${label.padEnd(52)} ${fmtSeconds(row.seconds).padStart(8)}  FAILED: ${row.error}`);
    return;
  }
  const stall = row.stallMs === null ? '' : verdict(row.stallMs, STALL_GOAL_MS);
  const answer = row.answerMs === null ? '' : verdict(row.answerMs, ANSWER_GOAL_MS);
  console.log(
    `${label.padEnd(52)} ${fmtSeconds(row.seconds).padStart(8)}  ${row.goalText.padEnd(8)} ${verdict(row.seconds, row.goalSeconds).padEnd(7)}  ${fmtMs(row.stallMs).padStart(8)} ${stall.padEnd(7)}  ${fmtMs(row.answerMs).padStart(13)} ${answer.padEnd(7)}  ${row.note}`,
  );
}

function addRow(row: Row): void {
  rows.push(row);
  printRow(row);
}

/**
 * Requests from outside the main thread, as the UI's arrive over its socket or IPC: a thread of
 * its own sends 'jobs.list' and 'app.info' in turn, each 200 ms after the last was answered, and
 * times each from its sending to its answer on its own clock, which a busy main thread cannot
 * hold back. The main thread answers them through the backend like any other request.
 */
class OtherRequests {
  private readonly worker: Worker;
  private records: { sent: number; answered: number }[] = [];
  private waiting: ((r: { records: { sent: number; answered: number }[]; pendingSince: number | null }) => void) | null = null;

  constructor(backend: Backend) {
    const code = `
      const { parentPort } = require('node:worker_threads');
      const now = () => performance.timeOrigin + performance.now();
      const methods = ['jobs.list', 'app.info'];
      let next = 1, pending = null, done = [];
      const send = () => {
        pending = { id: next++, sent: now() };
        parentPort.postMessage({ kind: 'request', id: pending.id, method: methods[pending.id % 2] });
      };
      parentPort.on('message', (m) => {
        if (m.kind === 'answer' && pending && m.id === pending.id) {
          done.push({ sent: pending.sent, answered: now() });
          pending = null;
          setTimeout(send, 200);
        } else if (m.kind === 'flush') {
          parentPort.postMessage({ kind: 'records', records: done.splice(0), pendingSince: pending ? pending.sent : null });
        }
      });
      send();
    `;
    this.worker = new Worker(code, { eval: true });
    this.worker.unref();
    this.worker.on('message', (m: { kind: 'request'; id: number; method: 'jobs.list' | 'app.info' } | { kind: 'records'; records: { sent: number; answered: number }[]; pendingSince: number | null }) => {
      if (m.kind === 'request') {
        backend.call(m.method, {}).then(
          () => this.worker.postMessage({ kind: 'answer', id: m.id }),
          () => this.worker.postMessage({ kind: 'answer', id: m.id }),
        );
      } else {
        this.waiting?.(m);
        this.waiting = null;
      }
    });
  }

  /** The longest wait of a request sent in [from, to] (absolute ms), and how many were sent. */
  async longestWait(from: number, to: number): Promise<{ ms: number | null; count: number }> {
    const answer = await new Promise<{ records: { sent: number; answered: number }[]; pendingSince: number | null }>((resolveFlush) => {
      this.waiting = resolveFlush;
      this.worker.postMessage({ kind: 'flush' });
    });
    this.records.push(...answer.records);
    const inWindow = this.records.filter((r) => r.sent >= from && r.sent <= to);
    const waits = inWindow.map((r) => r.answered - r.sent);
    if (answer.pendingSince !== null && answer.pendingSince >= from && answer.pendingSince <= to) waits.push(absoluteNow() - answer.pendingSince);
    this.records = this.records.filter((r) => r.sent > to);
    return { ms: waits.length > 0 ? Math.max(...waits) : null, count: waits.length };
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

const absoluteNow = () => performance.timeOrigin + performance.now();

interface Measured<T> {
  value: T | null;
  error: string | null;
  seconds: number;
  stallMs: number;
  answerMs: number | null;
}

/**
 * The longest stall of this thread's event loop: a 10 ms ticker, each tick's lateness over the
 * 10 ms it waited. (perf_hooks' monitorEventLoopDelay is not used: its reset() forgets the
 * interval in progress, so a call that blocks as soon as it starts would go unseen.)
 */
class StallWatch {
  private static readonly TICK_MS = 10;
  private last = performance.now();
  private longest = 0;
  private readonly ticker = setInterval(() => {
    const now = performance.now();
    this.longest = Math.max(this.longest, now - this.last - StallWatch.TICK_MS);
    this.last = now;
  }, StallWatch.TICK_MS);

  constructor() {
    this.ticker.unref();
  }

  /** From now on: the longest stall since is measured afresh. */
  restart(): void {
    this.longest = 0;
  }

  /** The longest stall since restart(), with the one still in progress. */
  longestMs(): number {
    return Math.max(0, this.longest, performance.now() - this.last - StallWatch.TICK_MS);
  }

  stop(): void {
    clearInterval(this.ticker);
  }
}

/** Times calls on the backend, with the main thread's longest stall and the other requests' waits. */
class Meter {
  readonly stalls = new StallWatch();
  constructor(
    private readonly backend: Backend,
    private readonly others: OtherRequests,
    private readonly timeoutMs: number,
  ) {}

  async measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
    // A stall that ended just before is seen at the ticker's next tick: let it land first.
    await sleep(30);
    this.stalls.restart();
    const from = absoluteNow();
    const started = performance.now();
    let value: T | null = null;
    let error: string | null = null;
    try {
      value = await this.withTimeout(work());
    } catch (e) {
      error = errorText(e);
    }
    const seconds = (performance.now() - started) / 1000;
    const to = absoluteNow();
    // A stall that ends with the call is seen at the ticker's next tick.
    await sleep(30);
    const stallMs = this.stalls.longestMs();
    const { ms } = await this.others.longestWait(from, to);
    return { value, error, seconds, stallMs, answerMs: ms };
  }

  /** A call still running after the timeout has its job cancelled (when it is one) and is reported as failed. */
  private async withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | null = null;
    const timedOut = new Promise<'timeout'>((resolveTimeout) => {
      timer = setTimeout(() => resolveTimeout('timeout'), this.timeoutMs);
    });
    const outcome = await Promise.race([work.then((v) => ({ v })), timedOut]);
    if (timer !== null) clearTimeout(timer);
    if (outcome !== 'timeout') return outcome.v;
    const running = (await this.backend.call('jobs.list', {})).filter((job) => job.state === 'running');
    for (const job of running) await this.backend.call('jobs.cancel', { jobId: job.id });
    const ended = await Promise.race([work.then(() => true, () => true), sleep(60_000).then(() => false)]);
    const what = running.length > 0 ? `its job was cancelled (${running.map((j) => j.label).join('; ')})` : 'it is no job, so it could not be cancelled';
    throw new Error(`timeout: did not finish within ${(this.timeoutMs / 1000).toFixed(0)} s; ${what}${ended ? '' : ', and it had not ended a minute later'}`);
  }
}

/** The calls of a page, timed one by one, then as a whole against the page's goal. */
class Page {
  private readonly parts: Row[] = [];
  /** Whether calls are being gathered into a page's total (between begin and total). */
  private open = false;
  constructor(
    private readonly meter: Meter,
    private readonly backend: Backend,
  ) {}

  /** One call, timed; its result, or null when it failed (reported). */
  async call<M extends MethodName>(
    label: string,
    method: M,
    args: MethodArgs<M>,
    goal: { seconds: number; text: string } | null = null,
    note: (result: MethodResults[M]) => string = () => '',
  ): Promise<MethodResults[M] | null> {
    const m = await this.meter.measure(() => this.backend.call(method, args));
    let noted = '';
    if (m.value !== null) {
      try {
        noted = note(m.value);
      } catch (e) {
        // The note only describes the result; a result of another shape is said, not fatal.
        noted = `(could not describe the result: ${errorText(e)})`;
      }
    }
    const row: Row = {
      label: `${method}${label ? ` ${label}` : ''}`,
      seconds: m.seconds,
      stallMs: m.stallMs,
      answerMs: m.answerMs,
      goalSeconds: goal?.seconds ?? null,
      goalText: goal ? `≤ ${goal.seconds} s` : '',
      error: m.error,
      note: noted,
      indent: this.open,
    };
    if (this.open) this.parts.push(row);
    addRow(row);
    return m.value;
  }

  /** The calls from here to total() are one page's, added up there. */
  begin(): void {
    this.parts.length = 0;
    this.open = true;
  }

  /** The page's calls added up, against its goal. */
  total(label: string, goal: { seconds: number; text?: string } | null): void {
    if (this.parts.length === 0) {
      this.open = false;
      return;
    }
    const failed = this.parts.filter((p) => p.error !== null);
    const max = (values: (number | null)[]) => {
      const known = values.filter((v): v is number => v !== null);
      return known.length > 0 ? Math.max(...known) : null;
    };
    addRow({
      label,
      seconds: this.parts.reduce((s, p) => s + (p.seconds ?? 0), 0),
      stallMs: max(this.parts.map((p) => p.stallMs)),
      answerMs: max(this.parts.map((p) => p.answerMs)),
      goalSeconds: goal?.seconds ?? null,
      goalText: goal ? `≤ ${goal.seconds} s` : '',
      error: null,
      note: failed.length > 0 ? `${failed.length} call(s) failed (above)` : (goal?.text ?? ''),
      total: true,
    });
    this.parts.length = 0;
    this.open = false;
  }
}

interface ImportFigures {
  transactions: { seconds: number; peakMb: number | null; output: string };
  attributes: { seconds: number; peakMb: number | null; output: string };
  commit: string;
  madeAt: string;
}

function gitHead(): string {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}

/** What the figures were measured on: the commit, and the tracked files changed since (the backend runs from the sources). */
function codeVersion(): string {
  const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' });
  const changed = r.status === 0 ? r.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => l.slice(3)) : [];
  return `commit ${gitHead()}${changed.length > 0 ? ` with uncommitted changes to ${changed.join(', ')}` : ''}`;
}

/** `lw <args>` as a whole process, timed from the spawn to the exit, with its peak RSS (GNU time). */
function timedLw(args: string[]): { seconds: number; peakMb: number | null; output: string } {
  const haveTime = existsSync('/usr/bin/time');
  const command = haveTime ? '/usr/bin/time' : process.execPath;
  const fullArgs = haveTime ? ['-f', 'LW_BENCH_MAXRSS_KB %M', process.execPath, LW, ...args] : [LW, ...args];
  const started = performance.now();
  const r = spawnSync(command, fullArgs, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
  const seconds = (performance.now() - started) / 1000;
  const rss = /LW_BENCH_MAXRSS_KB (\d+)/.exec(r.stderr ?? '');
  const stderr = (r.stderr ?? '').replace(/LW_BENCH_MAXRSS_KB \d+\n?/, '');
  if (r.status !== 0) throw new Error(`lw ${args[0]} failed (exit ${r.status ?? r.signal}) after ${seconds.toFixed(1)} s:\n${stderr}${r.stdout ?? ''}`);
  return { seconds, peakMb: rss ? Number(rss[1]) / 1024 : null, output: `${r.stdout ?? ''}${stderr}`.trim() };
}

function removeWorkspace(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/** The workspace as `lw import` leaves it, made when missing (or asked), with the import's figures. */
function importWorkspace(data: ScaleData, dir: string, again: boolean): { figures: ImportFigures; reused: boolean } {
  const imported = join(dir, 'imported.lwb');
  const marker = join(dir, 'imported.json');
  if (!again && existsSync(marker) && existsSync(imported)) return { figures: JSON.parse(readFileSync(marker, 'utf8')) as ImportFigures, reused: true };
  rmSync(marker, { force: true });
  removeWorkspace(imported);
  // Built first when the sources changed (bin/lw.mjs does it on the first run), so no build is timed.
  timedLw(['--help']);
  console.log('Importing the transactions: lw import --transactions …');
  const transactions = timedLw([
    'import', '--workspace', imported, '--transactions', data.transactionsCsv, '--currency', 'EUR',
    '--customer-col', 'customer_id', '--date-col', 'date', '--amount-col', 'amount', '--margin-col', 'margin', '--quantity-col', 'quantity',
    '--channel-col', 'channel', '--store-col', 'store', '--category-col', 'category', '--date-format', 'iso',
  ]);
  console.log('Importing the attributes: lw import --attributes …');
  const attributes = timedLw(['import', '--workspace', imported, '--attributes', data.attributesCsv, '--customer-col', 'customer_id', ...SCALE_ATTRIBUTES.flatMap((a) => ['--kind', `${a.name}=${a.kind}`])]);
  const figures: ImportFigures = { transactions, attributes, commit: gitHead(), madeAt: new Date().toISOString() };
  writeFileSync(marker, JSON.stringify(figures, null, 2));
  return { figures, reused: false };
}

function importRows(figures: ImportFigures, reused: boolean): void {
  const cached = reused ? ` (kept from ${figures.madeAt}, commit ${figures.commit}; --reimport to time it again)` : '';
  for (const [what, f] of [['transactions', figures.transactions], ['attributes', figures.attributes]] as const) {
    const memory = f.peakMb === null ? 'peak memory not measured (no /usr/bin/time)' : `peak ${f.peakMb.toFixed(0)} MB`;
    const mbVerdict = f.peakMb === null || what !== 'transactions' ? '' : ` (≤ ${IMPORT_GOAL.mb} MB: ${verdict(f.peakMb, IMPORT_GOAL.mb)})`;
    addRow({
      label: `lw import --${what} (whole process)`,
      seconds: f.seconds,
      stallMs: null,
      answerMs: null,
      goalSeconds: what === 'transactions' ? IMPORT_GOAL.seconds : null,
      goalText: what === 'transactions' ? `≤ ${IMPORT_GOAL.seconds} s` : '',
      error: null,
      note: `${memory}${mbVerdict}${cached}`,
    });
  }
}

/** Two thirds into the data, as the Customer value page's form proposes (renderer/src/pages/value/fitForm.ts). */
function defaultCalibrationEnd(first: string, last: string): string {
  const day = 86_400_000;
  const span = Math.round((Date.parse(last) - Date.parse(first)) / day);
  return new Date(Date.parse(`${first}T00:00:00Z`) + Math.round((span * 2) / 3) * day).toISOString().slice(0, 10);
}

const count = (n: number) => n.toLocaleString('en');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      seed: { type: 'string' },
      only: { type: 'string' },
      fresh: { type: 'boolean' },
      reimport: { type: 'boolean' },
      workers: { type: 'string' },
      'timeout-minutes': { type: 'string' },
      dir: { type: 'string' },
    },
    strict: true,
  });
  const customers = Number(values.customers ?? 1_000_000);
  const seed = Number(values.seed ?? 20_260_101);
  if (!Number.isInteger(customers) || customers < 100) throw new Error('--customers takes a whole number of at least 100.');
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed takes a whole number of 0 or more.');
  const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : null;
  const unknown = only ? [...only].filter((s) => !(STEPS as readonly string[]).includes(s)) : [];
  if (unknown.length > 0) throw new Error(`--only: no step ${unknown.join(', ')}; the steps are ${STEPS.join(', ')}.`);
  const runs = (step: Step) => only === null || only.has(step);
  const timeoutMs = Number(values['timeout-minutes'] ?? 30) * 60_000;
  const dir = resolve(values.dir ?? join(tmpdir(), 'lw-scale-ui', `${seed}-${customers}`));

  console.log(`bench:scale-ui: ${count(customers)} customers, seed ${seed}, in ${dir}`);
  console.log(`${new Date().toISOString()}; ${codeVersion()}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  // 1. The retailer's files.
  const genStarted = performance.now();
  const data = generateScaleData(dir, customers, seed, values.fresh === true, (line) => console.log(line));
  console.log(
    data.reused
      ? `Data: reused ${count(data.customers)} customers, ${count(data.transactions)} transactions (${data.firstDate} to ${data.lastDate}), generated in ${data.seconds.toFixed(1)} s on ${data.madeAt}`
      : `Data: generated ${count(data.customers)} customers, ${count(data.transactions)} transactions (${data.firstDate} to ${data.lastDate}) in ${((performance.now() - genStarted) / 1000).toFixed(1)} s`,
  );

  // 2. The import, as a user runs it.
  let imported: { figures: ImportFigures; reused: boolean };
  try {
    imported = importWorkspace(data, dir, values.fresh === true || values.reimport === true || (only !== null && only.has('import') && !existsSync(join(dir, 'imported.json'))));
  } catch (e) {
    console.log(`The import FAILED, so nothing else can be measured: ${errorText(e)}`);
    return;
  }
  if (imported.reused && imported.figures.commit !== gitHead()) {
    console.log(`Note: the workspace was imported at commit ${imported.figures.commit} (now ${gitHead()}); --reimport imports it with the code as it is now.`);
  }
  printHeader();
  if (runs('import')) importRows(imported.figures, imported.reused);

  // Each run works on a copy of the workspace as the import left it.
  const workspace = join(dir, 'bench.lwb');
  removeWorkspace(workspace);
  const copyStarted = performance.now();
  for (const suffix of ['', '-wal']) if (existsSync(join(dir, `imported.lwb${suffix}`))) copyFileSync(join(dir, `imported.lwb${suffix}`), workspace + suffix);
  const copySeconds = (performance.now() - copyStarted) / 1000;
  const home = join(dir, 'home');
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });

  // 3. The backend as the hosts make it (browser mode: electron/hosts/browser/main.ts).
  const backend = createBackend({ host: 'browser', version: APP_VERSION, homeDir: home, ...(values.workers ? { workerThreads: Number(values.workers) } : {}) });
  const others = new OtherRequests(backend);
  const meter = new Meter(backend, others, timeoutMs);
  const page = new Page(meter, backend);
  const info = await backend.call('app.info', {});
  console.log(`(workspace copied in ${copySeconds.toFixed(1)} s; backend: ${info.host} host, ${info.workerThreads} worker thread(s))`);

  // The Data page: the app opens the workspace and shows the overview tab.
  page.begin();
  const opened = await page.call('', 'workspace.open', { path: workspace }, null, (s) => `${count(s.counts.customers)} customers, ${count(s.counts.transactions)} transactions`);
  if (opened === null) {
    console.log('The workspace could not be opened: nothing else can be measured.');
    meter.stalls.stop();
    await others.close();
    await backend.close();
    return;
  }
  const first = opened.firstTransactionDate ?? data.firstDate;
  const last = opened.lastTransactionDate ?? data.lastDate;
  if (runs('data')) {
    await page.call('', 'customers.overview', {}, null, (o) => `${o.monthly.length} months`);
    page.total('Data page: open + overview', { seconds: 2 });
  } else page.total('Data page: open', null);

  // The Customers tab (table, charts), a sort by spend, and the Data quality tab.
  let firstCustomer = 'C000001';
  let topCustomer: string | null = null;
  if (runs('data') || runs('card')) {
    page.begin();
    const table = await page.call('(first page)', 'customers.page', { offset: 0, limit: 50, sortBy: 'customerId', sortDirection: 'asc' }, null, (p) => `${count(p.total)} customers`);
    firstCustomer = table?.rows[0]?.customerId ?? firstCustomer;
    if (runs('data')) {
      await page.call('', 'customers.distributions', {}, null);
      await page.call('', 'customers.cohorts', {}, null, (c) => `${c.length} cohorts`);
    }
    const bySpend = await page.call('(by total spend)', 'customers.page', { offset: 0, limit: 50, sortBy: 'totalSpend', sortDirection: 'desc' }, null);
    topCustomer = bySpend?.rows[0]?.customerId ?? null;
    if (runs('data')) await page.call('', 'imports.list', {}, null, (l) => `${l.length} imports`);
    page.total('Data page: Customers and Data quality tabs', { seconds: 2, text: 'the Data page goal' });
  }

  // One customer's value card: the first in the table, then the top spender.
  if (runs('card')) {
    for (const id of [firstCustomer, topCustomer].filter((c): c is string => c !== null)) {
      await page.call(id, 'customers.valueCard', { customerId: id }, { seconds: 0.3, text: '' }, (c) => `p_alive ${c.probabilityAlive.toFixed(3)}, CLV ${c.lifetimeValue.toFixed(2)}`);
    }
  }

  // Customer value: the page's kept fit and score weights, then "Fit the models" with its default form.
  if (runs('fit')) {
    page.begin();
    await page.call('(fit)', 'analysis.latest', { kind: 'fit' }, null);
    await page.call('', 'value.scoreSettings', {}, null);
    page.total('Customer value page: arrival', null);
    const calibrationEnd = defaultCalibrationEnd(first, last);
    await page.call(
      `(${calibrationEnd}, holdout to ${last})`,
      'models.validate',
      { calibrationEnd, holdoutEnd: last, unit: 'week' },
      { seconds: 5, text: '' },
      (v) => `${count(v.customers)} customers; recommended ${v.recommended ?? 'none'}${v.failed.length > 0 ? `; FAILED: ${v.failed.map((f) => `${f.key} (${f.reason})`).join(', ')}` : ''}`,
    );
  }

  // Segments: arrival (the segmentation in use, the kept one of the form's method, the lifecycle panel), then each method.
  const segmentNote = (r: MethodResults['segments.run']) => {
    const lr = r.likelihoodRatio ? `LR ${r.likelihoodRatio.statistic.toFixed(1)} on ${r.likelihoodRatio.degreesOfFreedom} df` : 'no LR test';
    const problem = (p: SegmentModelProblem) => (p.code === 'fit-failed' ? `fit failed: ${p.detail}` : p.code);
    const notFitted = (r.segmentModelsNotFitted ?? []).map((n) => `; NOT FITTED: segment ${n.segment} (${count(n.customers)} customers): ${problem(n.problem)}`).join('');
    return `k = ${r.k}, sizes ${r.segments.map((s) => count(s.size)).join('/')}; ${lr}${notFitted}${r.warnings.length > 0 ? `; ${r.warnings.length} warning(s)` : ''}`;
  };
  if (runs('segments')) {
    page.begin();
    await page.call('', 'segments.current', {}, null, (s) => (s === null ? 'none' : `${s.method}, k = ${s.k}`));
    await page.call('(tiers)', 'analysis.latest', { kind: 'segmentation', method: 'tiers' }, null);
    page.total('Segments page: arrival', null);
  }
  if (runs('lifecycle')) {
    await page.call('', 'customers.lifecycle', {}, { seconds: 2, text: '' }, (l) => l.counts.map((c) => `${c.stage} ${count(c.count)}`).join(', '));
  }
  const segmentGoals = { tiers: 3, rfm: 3, kmeans: 15 } as const;
  for (const method of ['tiers', 'rfm', 'kmeans'] as const) {
    if (!runs(method)) continue;
    await page.call(`(${method})`, 'segments.run', { method, seed: 1, unit: 'week', value: { horizonMonths: 36, discountRatePerYear: 0.1 } }, { seconds: segmentGoals[method], text: '' }, segmentNote);
  }

  // The Plan page: arrival (plans, the latest plan, the segment names and the overview's facts), then a plan from each template, saved.
  const planIds: Partial<Record<'basic' | 'full', number>> = {};
  const makePlan = async (template: 'basic' | 'full', timed: boolean): Promise<void> => {
    if (timed) {
      const plan = await page.call(`(${template})`, 'plans.template', { template }, null, (p) => p.name);
      if (plan === null) return;
      const saved = await page.call(`(${template})`, 'plans.save', { plan }, null, (p) => `plan ${p.planId}`);
      if (saved) planIds[template] = saved.planId;
    } else {
      try {
        const plan = await backend.call('plans.template', { template });
        planIds[template] = (await backend.call('plans.save', { plan })).planId;
      } catch (e) {
        console.log(`  (making the ${template} plan first FAILED: ${errorText(e)})`);
      }
    }
  };
  if (runs('plan')) {
    page.begin();
    const list = await page.call('', 'plans.list', {}, null, (l) => `${l.length} plans`);
    if (list && list.length > 0) await page.call('', 'plans.get', { planId: list[0]!.planId }, null);
    await page.call('', 'segments.current', {}, null, (s) => (s === null ? 'none' : `${s.method}, k = ${s.k}`));
    await page.call('', 'customers.overview', {}, null);
    page.total('Plan page: arrival', { seconds: 1 });
    page.begin();
    await makePlan('basic', true);
    await makePlan('full', true);
    page.total('Plan page: a plan from each template, saved', { seconds: 1, text: 'the Plan page goal' });
  }

  // Simulation: arrival (plans, the plan's last run and the plan), then a run of 20 draws of each plan.
  const simGoals = { basic: 20, full: 60 } as const;
  for (const template of ['basic', 'full'] as const) {
    if (!runs(`sim-${template}`)) continue;
    if (planIds[template] === undefined) await makePlan(template, false);
    const planId = planIds[template];
    if (planId === undefined) continue;
    page.begin();
    await page.call('', 'plans.list', {}, null);
    await page.call('', 'simulation.latest', { planId }, null);
    await page.call('', 'plans.get', { planId }, null);
    page.total(`Simulation page (${template} plan): arrival`, null);
    await page.call(`(${template}, 20 draws)`, 'simulation.run', { planId, seed: 1, draws: 20 }, { seconds: simGoals[template], text: '' }, (r) => `${count(r.results.simulatedCustomers)} of ${count(r.results.baseCustomers)} customers simulated`);
  }

  // Scenarios: arrival, a scenario of the basic plan with 20 draws, its run, then sensitivity and goal seek on it.
  let scenarioId: number | null = null;
  const needScenario = runs('scenarios') || runs('sensitivity') || runs('goalseek');
  if (needScenario) {
    if (planIds.basic === undefined) await makePlan('basic', false);
    const planId = planIds.basic;
    if (planId !== undefined) {
      if (runs('scenarios')) {
        page.begin();
        await page.call('', 'scenarios.list', {}, null);
        await page.call('', 'plans.list', {}, null);
        page.total('Scenarios page: arrival', null);
        const made = await page.call('', 'scenarios.create', { name: 'Basic, 20 draws', planId, seed: 1, draws: 20 }, null);
        scenarioId = made?.scenarioId ?? null;
        if (scenarioId !== null) {
          await page.call('(basic, 20 draws)', 'scenarios.run', { scenarioId }, { seconds: simGoals.basic, text: '' }, (r) => `${count(r.results.simulatedCustomers)} customers simulated`);
          await page.call('', 'scenarios.results', { scenarioIds: [scenarioId] }, null);
        }
      } else {
        try {
          scenarioId = (await backend.call('scenarios.create', { name: 'Basic, 20 draws', planId, seed: 1, draws: 20 })).scenarioId;
        } catch (e) {
          console.log(`  (making the scenario first FAILED: ${errorText(e)})`);
        }
      }
    }
  }
  if (scenarioId !== null && runs('sensitivity')) {
    await page.call('', 'analysis.latest', { kind: 'sensitivity', scenarioId }, null);
    await page.call('(programme cost)', 'scenarios.sensitivity', { scenarioId, kpi: 'programmeCost' }, { seconds: 30, text: '' }, (r) => `${r.rows.length} assumptions, ${count(r.simulatedCustomers)} customers simulated`);
  }
  if (scenarioId !== null && runs('goalseek')) {
    await page.call('', 'analysis.latest', { kind: 'goalSeek', scenarioId }, null);
    await page.call(
      '(earn rate → 1% free-reward rate)',
      'scenarios.goalSeek',
      { scenarioId, lever: 'pointsPerCurrencyUnit', target: 'freeRewardRateTotal', value: 0.01 },
      { seconds: 30, text: '' },
      (r) => `earn rate ${r.leverValue.toFixed(3)} (from ${r.leverBase}), ${r.converged ? 'converged' : 'NOT converged'} in ${r.iterations} iterations`,
    );
  }

  meter.stalls.stop();
  await others.close();
  await backend.close();
  summarise(data, imported);
}

/** Every goal met or not, the failures, and a Markdown table of the figures for docs/architecture.md. */
function summarise(data: ScaleData, imported: { figures: ImportFigures; reused: boolean }): void {
  const judged = rows.filter((r) => r.error === null);
  let met = 0;
  let notMet = 0;
  for (const r of judged) {
    for (const v of [verdict(r.seconds, r.goalSeconds), r.stallMs === null ? '' : verdict(r.stallMs, STALL_GOAL_MS), r.answerMs === null ? '' : verdict(r.answerMs, ANSWER_GOAL_MS)]) {
      if (v === 'met') met++;
      else if (v === 'NOT met') notMet++;
    }
  }
  const failed = rows.filter((r) => r.error !== null);
  const worstStall = Math.max(0, ...judged.map((r) => r.stallMs ?? 0));
  const worstAnswer = Math.max(0, ...judged.map((r) => r.answerMs ?? 0));
  console.log('');
  console.log(`Goals: ${met} met, ${notMet} NOT met (time, stall and answer figures counted apart); ${failed.length} call(s) failed.`);
  console.log(`Longest stall of the backend's main thread: ${worstStall.toFixed(0)} ms (goal ≤ ${STALL_GOAL_MS} ms: ${verdict(worstStall, STALL_GOAL_MS)}); longest wait of another request: ${worstAnswer.toFixed(0)} ms (goal ≤ ${ANSWER_GOAL_MS} ms: ${verdict(worstAnswer, ANSWER_GOAL_MS)}).`);
  for (const f of failed) console.log(`FAILED: ${f.label}: ${f.error}`);
  console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (2 cores; other work on the machine shows here).`);
  console.log(`Peak memory of this process (the backend's, its workers included): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`);
  console.log(`Generation: ${data.seconds.toFixed(1)} s${data.reused ? ' (when the files were made)' : ''}; import ${imported.figures.transactions.seconds.toFixed(1)} s + attributes ${imported.figures.attributes.seconds.toFixed(1)} s${imported.reused ? ' (kept from an earlier run)' : ''}.`);
  console.log('');
  console.log('| call | time | goal | | main-thread stall | | other request waited | | note |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  for (const r of rows) {
    const name = r.total ? `**${cell(r.label)}**` : cell(r.label);
    const cells =
      r.error !== null
        ? [name, `${fmtSeconds(r.seconds)} s`, `FAILED: ${cell(r.error)}`, '', '', '', '', '', '']
        : [
            name,
            `${fmtSeconds(r.seconds)} s`,
            r.goalText,
            verdict(r.seconds, r.goalSeconds),
            r.stallMs === null ? '' : `${fmtMs(r.stallMs)} ms`,
            r.stallMs === null ? '' : verdict(r.stallMs, STALL_GOAL_MS),
            r.answerMs === null ? '' : `${fmtMs(r.answerMs)} ms`,
            r.answerMs === null ? '' : verdict(r.answerMs, ANSWER_GOAL_MS),
            cell(r.note),
          ];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

main().then(
  // The worker pool and the request thread are closed; anything else left must not hold the exit.
  () => process.exit(0),
  (e: unknown) => {
    // Not a figure: the benchmark itself could not run (bad options, the files could not be made).
    console.error(`bench:scale-ui could not run: ${errorText(e)}`);
    if (e instanceof Error && e.stack) console.error(e.stack);
    process.exit(1);
  },
);

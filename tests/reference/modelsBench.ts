/**
 * Timings of the model fits: `npx tsx tests/reference/modelsBench.ts`. Not a test (no timed
 * assertions anywhere); prints the median of several warm runs.
 */
import { readFileSync } from 'node:fs';
import { fitBgBb } from '../../shared/models/bgbb';
import { fitBgNbd } from '../../shared/models/bgnbd';
import { compressRfm, compressSpend } from '../../shared/models/compress';
import { fitGammaGamma } from '../../shared/models/gammaGamma';
import { fitMbgNbd } from '../../shared/models/mbgnbd';
import { fitParetoNbd } from '../../shared/models/paretoNbd';
import { simulateBgNbdCustomers } from '../../shared/models/simulate';
import { createRng } from '../../shared/random/rng';
import { referenceFile } from './sharedData';

function median(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? NaN;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const columns = (path: string) => {
  const rows = readFileSync(path, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
  return Array.from({ length: rows[0]?.length ?? 0 }, (_, k) => rows.map((r) => r[k] ?? NaN));
};

const summary = referenceFile('cdnow_customers_summary.csv');
if (summary.available) {
  const [, x = [], tx = [], T = []] = columns(summary.path);
  const rows = compressRfm('week', x, tx, T);
  console.log(`CDNOW: ${x.length} customers -> ${rows.frequency.length} rows; compression ${ms(median(9, () => compressRfm('week', x, tx, T)))}`);
  console.log(`  BG/NBD      ${ms(median(9, () => fitBgNbd(rows)))}`);
  console.log(`  MBG/NBD     ${ms(median(9, () => fitMbgNbd(rows)))}`);
  console.log(`  Pareto/NBD  ${ms(median(5, () => fitParetoNbd(rows)))}`);
}
const spend = referenceFile('cdnow_customers_summary_with_transactions.csv');
if (spend.available) {
  const [, x = [], , , zbar = []] = columns(spend.path);
  const rows = compressSpend(x, zbar);
  console.log(`  Gamma-Gamma ${ms(median(9, () => fitGammaGamma(rows)))}`);
}
const donations = referenceFile('donations.csv');
if (donations.available) {
  const [f = [], r = [], n = [], w = []] = columns(donations.path);
  const rows = { frequency: Float64Array.from(f), recency: Float64Array.from(r), periods: Float64Array.from(n), weight: Float64Array.from(w) };
  console.log(`  BG/BB       ${ms(median(9, () => fitBgBb(rows)))}`);
}

// One million customers who joined over two years, summarised in whole days (as an import
// makes them), and the same customers in continuous weeks (no two rows alike: the worst case).
const N = 1_000_000;
const rng = createRng(2024);
const agesInDays = Float64Array.from({ length: N }, () => 1 + Math.floor(rng.next() * 730));
const perDay = { r: 0.243, alpha: 4.414 * 7, a: 0.793, b: 2.426 };
let t0 = performance.now();
const sim = simulateBgNbdCustomers(perDay, agesInDays, rng);
const simulateMs = performance.now() - t0;
const recencyDays = sim.recency.map(Math.floor);
t0 = performance.now();
const dayRows = compressRfm('day', sim.frequency, recencyDays, sim.age);
const compressMs = performance.now() - t0;
t0 = performance.now();
const dayFit = fitBgNbd(dayRows);
const fitMs = performance.now() - t0;
console.log(`1M customers (simulated in ${ms(simulateMs)}), whole days: ${dayRows.frequency.length} distinct rows, compression ${ms(compressMs)}, BG/NBD fit ${ms(fitMs)} (${dayFit.iterations} iterations; r = ${dayFit.params.r.toFixed(3)}, alpha = ${dayFit.params.alpha.toFixed(2)}, a = ${dayFit.params.a.toFixed(3)}, b = ${dayFit.params.b.toFixed(3)})`);

const agesInWeeks = Float64Array.from({ length: N }, () => 104 * rng.next() + 1e-3);
const inWeeks = simulateBgNbdCustomers({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, agesInWeeks, rng);
t0 = performance.now();
const weekRows = compressRfm('week', inWeeks.frequency, inWeeks.recency, inWeeks.age);
const weekCompressMs = performance.now() - t0;
t0 = performance.now();
const weekFit = fitBgNbd(weekRows);
console.log(`1M customers, continuous weeks: ${weekRows.frequency.length} distinct rows, compression ${ms(weekCompressMs)}, BG/NBD fit ${ms(performance.now() - t0)} (${weekFit.iterations} iterations; r = ${weekFit.params.r.toFixed(3)}, alpha = ${weekFit.params.alpha.toFixed(3)}, a = ${weekFit.params.a.toFixed(3)}, b = ${weekFit.params.b.toFixed(3)})`);

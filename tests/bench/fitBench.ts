/**
 * `npm run bench:fit`: how long the customer-value fits take. Fits BG/NBD, Pareto/NBD and
 * Gamma-Gamma on 1,000,000 synthetic customers' summaries (each drawn from its own model with
 * known parameters, in weeks, ages spread over a year) and on the 2,357 CDNOW customers when ../shared is present.
 * Goals: the million under 2 s; CDNOW faster than the Python library lifetimes (about 60 ms on
 * this kind of machine). Prints figures; never fails on them.
 */
import { readFileSync } from 'node:fs';
import { fitBgNbd } from '../../shared/models/bgnbd';
import { compressRfm, compressSpend } from '../../shared/models/compress';
import { fitGammaGamma } from '../../shared/models/gammaGamma';
import { fitParetoNbd } from '../../shared/models/paretoNbd';
import { simulateBgNbdCustomers, simulateGammaGammaMeanSpend, simulateParetoNbdCustomers } from '../../shared/models/simulate';
import { createRng } from '../../shared/random/rng';
import { referenceFile } from '../reference/sharedData';

function time<T>(label: string, work: () => T, repeats = 1): T {
  let result!: T;
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = process.hrtime.bigint();
    result = work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(52)} ${median.toFixed(1).padStart(9)} ms${repeats > 1 ? ` (median of ${repeats})` : ''}`);
  return result;
}

const N = 1_000_000;
const rng = createRng(2026, 1);
const ages = new Float64Array(N);
// Ages in whole days, expressed in weeks, as a summary built from dated transactions has them.
for (let i = 0; i < N; i++) ages[i] = (1 + Math.floor(rng.next() * 364)) / 7;
const truth = { r: 0.8, alpha: 6, a: 0.9, b: 3 };
const sim = simulateBgNbdCustomers(truth, ages, rng);
// Recency in whole days too, so rows compress the way real summaries do.
const recency = sim.recency.map((t) => Math.floor(t * 7) / 7);
const spend = simulateGammaGammaMeanSpend({ p: 6, q: 4, gamma: 15 }, sim.frequency, rng);
console.log(`${N.toLocaleString('en')} synthetic customers (BG/NBD r=${truth.r}, alpha=${truth.alpha}, a=${truth.a}, b=${truth.b})`);

const rows = time('compress (x, t_x, T) rows', () => compressRfm('week', sim.frequency, recency, sim.age));
console.log(`  -> ${rows.weight.length.toLocaleString('en')} distinct rows`);
const bg = time('BG/NBD fit (compressed)', () => fitBgNbd(rows));
console.log(`  -> r=${bg.params.r.toFixed(3)} alpha=${bg.params.alpha.toFixed(3)} a=${bg.params.a.toFixed(3)} b=${bg.params.b.toFixed(3)}`);
time('BG/NBD: compress + fit, 1,000,000 customers', () => fitBgNbd(compressRfm('week', sim.frequency, recency, sim.age)));
// Each purchase model is timed on data it can describe: on BG/NBD data the Pareto/NBD
// likelihood has a flat ridge (s and beta growing together) that no optimiser climbs quickly.
const paretoTruth = { r: 0.55, alpha: 10.6, s: 0.6, beta: 11.7 };
const paretoSim = simulateParetoNbdCustomers(paretoTruth, ages, rng);
const paretoRecency = paretoSim.recency.map((t) => Math.floor(t * 7) / 7);
const pareto = time('Pareto/NBD: compress + fit, 1,000,000 customers', () => fitParetoNbd(compressRfm('week', paretoSim.frequency, paretoRecency, paretoSim.age)));
console.log(`  -> r=${pareto.params.r.toFixed(3)} alpha=${pareto.params.alpha.toFixed(3)} s=${pareto.params.s.toFixed(3)} beta=${pareto.params.beta.toFixed(3)} (drawn from r=${paretoTruth.r}, alpha=${paretoTruth.alpha}, s=${paretoTruth.s}, beta=${paretoTruth.beta})`);
time('Gamma-Gamma: compress + fit', () => fitGammaGamma(compressSpend(sim.frequency, spend)));

const cdnow = referenceFile('cdnow_customers_summary.csv');
if (cdnow.available) {
  const lines = readFileSync(cdnow.path, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
  const x = Float64Array.from(lines, (l) => l[1]!);
  const tx = Float64Array.from(lines, (l) => l[2]!);
  const T = Float64Array.from(lines, (l) => l[3]!);
  time('CDNOW BG/NBD: compress + fit, 2,357 customers', () => fitBgNbd(compressRfm('week', x, tx, T)), 15);
  time('CDNOW Pareto/NBD: compress + fit', () => fitParetoNbd(compressRfm('week', x, tx, T)), 5);
  console.log('(lifetimes, the Python library, fits the CDNOW BG/NBD in about 60 ms on this kind of machine)');
} else {
  console.log(`CDNOW: ${cdnow.skipReason}`);
}

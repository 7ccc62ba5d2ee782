import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sampleSeedSchema } from '../../../../shared/contract/schemas';
import { DEFAULT_SAMPLE_SEED, DEFAULT_SAMPLE_SPEC } from '../../../../shared/sample/sampleSpec';
import { writeSampleWorkspace } from '../../../backend/sample/writeSampleWorkspace';
import { WorkerPool } from '../../../backend/workers/workerPool';
import { UsageError } from '../cliErrors';
import type { Command } from '../command';
import { parseWholeNumber, progressPrinter } from '../options';

export const sampleCommand: Command = {
  name: 'sample',
  summary: 'Write the sample retailer workspace (synthetic, seeded) to a file.',
  usage: `lw sample --out FILE.lwb [--seed N] [--customers N] [--workers N]

  --out FILE.lwb   where to write the workspace (must not exist yet)
  --seed N         random seed, 0 to 4294967295 (default ${DEFAULT_SAMPLE_SEED}); the same seed gives the same file
  --customers N    number of customers (default ${DEFAULT_SAMPLE_SPEC.customers})
  --workers N      worker threads to generate with (default: cores - 1); the file does not depend on it`,

  async run(io) {
    const { values } = parseArgs({
      args: io.argv,
      options: { out: { type: 'string' }, seed: { type: 'string' }, customers: { type: 'string' }, workers: { type: 'string' } },
      strict: true,
    });
    if (!values.out) throw new UsageError('sample needs --out FILE.lwb, the workspace file to write.');
    const seed = values.seed === undefined ? DEFAULT_SAMPLE_SEED : parseWholeNumber('--seed', values.seed);
    const seedCheck = sampleSeedSchema.safeParse(seed);
    if (!seedCheck.success) throw new UsageError(`--seed: ${seedCheck.error.issues[0]?.message}`);
    const customers = values.customers === undefined ? DEFAULT_SAMPLE_SPEC.customers : parseWholeNumber('--customers', values.customers, 1);
    const workers = values.workers === undefined ? undefined : parseWholeNumber('--workers', values.workers, 1);

    const outPath = resolve(values.out);
    const pool = new WorkerPool(workers);
    const started = Date.now();
    const progress = progressPrinter(io, 'Generating customers');
    try {
      // Ctrl-C (the progress printer's signal) stops the workers and removes the half-written file.
      await writeSampleWorkspace({ outPath, seed, spec: { ...DEFAULT_SAMPLE_SPEC, customers }, pool, job: progress });
    } finally {
      progress.finish();
      await pool.close();
    }
    io.stdout(`Wrote the sample workspace (${customers.toLocaleString('en')} customers, seed ${seed}) to ${outPath} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  },
};

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEGMENT_METHODS, segmentRequestSchema } from '../../../../shared/contract/segmentSchemas';
import type { SegmentationResult } from '../../../../shared/domain/segmentation';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { runSegmentation } from '../../../backend/segments/runSegmentation';
import { WorkerPool } from '../../../backend/workers/workerPool';
import { UsageError } from '../cliErrors';
import { waitForWriteAccess } from '../workspaceAccess';
import type { Command } from '../command';
import { parseWholeNumber, progressPrinter } from '../options';
import { parseOptions } from '../optionIssues';

function describe(r: SegmentationResult): string {
  const lines = [`${r.method} segmentation into ${r.k} segments (customers up to ${r.calibrationEnd})`];
  const featureNames = r.overall.features.map((f) => f.name);
  lines.push(['segment'.padEnd(22), 'customers'.padStart(9), 'share'.padStart(6), ...featureNames.map((f) => f.slice(0, 14).padStart(15))].join(' '));
  for (const s of [...r.segments, r.overall]) {
    lines.push([s.name.slice(0, 22).padEnd(22), s.size.toLocaleString('en').padStart(9), `${(s.share * 100).toFixed(1)}%`.padStart(6), ...s.features.map((f) => f.mean.toFixed(2).padStart(15))].join(' '));
  }
  const q = r.quality;
  lines.push(`silhouette ${q.silhouette.toFixed(3)} (on ${q.silhouetteSampleSize.toLocaleString('en')} customers)   Calinski-Harabasz ${q.calinskiHarabasz.toFixed(1)}   Davies-Bouldin ${q.daviesBouldin.toFixed(3)}   variance explained ${(q.rSquared * 100).toFixed(1)}%`);
  if (r.stability) lines.push(`stability: mean adjusted Rand index ${r.stability.meanAri.toFixed(3)} (lowest ${r.stability.minAri.toFixed(3)}) over ${r.stability.resamples} bootstrap resamples`);
  if (r.suggestion) lines.push(`k suggested: ${r.suggestion.k} — ${r.suggestion.rule}`);
  if (r.likelihoodRatio) {
    const lr = r.likelihoodRatio;
    lines.push(`per-segment vs pooled BG/NBD: LR ${lr.statistic.toFixed(1)} on ${lr.degreesOfFreedom} df, p = ${lr.pValue.toExponential(2)}${lr.pValue < 0.05 ? ' (the segments buy differently)' : ''}`);
  }
  for (const m of r.segmentModelsNotFitted ?? []) {
    const name = r.segments.find((s) => s.segment === m.segment)?.name ?? `segment ${m.segment + 1}`;
    const why =
      m.problem.code === 'too-few-customers'
        ? `${m.customers.toLocaleString('en')} customers to learn from, fewer than ${m.problem.minimumCustomers}`
        : m.problem.code === 'no-repeat-buyers'
          ? 'no customer bought more than once'
          : `the fit failed: ${m.problem.detail}`;
    lines.push(`left out of the per-segment test (no model of its own): ${name}, ${why}`);
  }
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n');
}

export const segmentCommand: Command = {
  name: 'segment',
  summary: 'Segment a workspace’s customers by value tiers, an RFM grid or k-means, with quality figures.',
  usage: `lw segment --workspace FILE.lwb --method ${SEGMENT_METHODS.join('|')} [--k N] [--seed N] [--calibration-end YYYY-MM-DD] [--unit week] [--margin 0.3] [--workers N] [--json]

  Values every customer first (BG/NBD purchases, Gamma-Gamma spend, 36-month lifetime value at
  the margin, 10% a year discount), then segments: tiers = top 10/20/30/40% by lifetime value;
  rfm = recency, frequency, monetary quintiles into named cells; kmeans = k-means on
  standardised value, behaviour and spend (k suggested by silhouette when --k is absent).
  Reports silhouette, Calinski-Harabasz, Davies-Bouldin, variance explained, stability (k-means)
  and a likelihood-ratio test of per-segment against pooled purchase models. The segmentation is
  kept in the workspace as its current one. --workers N: worker threads to value the customers
  with (default: cores - 1); the segments do not depend on it.`,

  async run(io) {
    const { values } = parseArgs({
      args: io.argv,
      options: {
        workspace: { type: 'string' },
        method: { type: 'string' },
        k: { type: 'string' },
        seed: { type: 'string' },
        'calibration-end': { type: 'string' },
        unit: { type: 'string' },
        margin: { type: 'string' },
        workers: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    });
    if (!values.workspace) throw new UsageError('segment needs --workspace FILE.lwb.');
    const request = parseOptions(
      'segment',
      segmentRequestSchema,
      {
        method: values.method,
        ...(values.k ? { k: parseWholeNumber('--k', values.k, 2) } : {}),
        ...(values.seed ? { seed: parseWholeNumber('--seed', values.seed) } : {}),
        ...(values['calibration-end'] ? { calibrationEnd: values['calibration-end'] } : {}),
        ...(values.unit ? { unit: values.unit } : {}),
        value: { horizonMonths: 36, discountRatePerYear: 0.1, ...(values.margin ? { margin: Number(values.margin) } : {}) },
      },
      {
        method: { flag: '--method', form: SEGMENT_METHODS.join('|'), given: values.method },
        k: { flag: '--k', form: 'N (2 to 12)', given: values.k },
        seed: { flag: '--seed', form: 'N', given: values.seed },
        calibrationEnd: { flag: '--calibration-end', form: 'YYYY-MM-DD', given: values['calibration-end'] },
        unit: { flag: '--unit', form: 'day|week|month', given: values.unit },
        'value.margin': { flag: '--margin', form: 'a share such as 0.3', given: values.margin },
      },
    );
    const workers = values.workers !== undefined ? parseWholeNumber('--workers', values.workers, 1) : undefined;
    const path = resolve(values.workspace);
    const db = openWorkspace(path);
    const pool = new WorkerPool(workers);
    try {
      await waitForWriteAccess(db, path, io);
      const progress = progressPrinter(io, 'Segmenting customers');
      // Ctrl-C (the progress printer's signal) stops the run; nothing is kept.
      const result = await runSegmentation({ reader: db, writer: db }, pool, request, progress);
      progress.finish();
      io.stdout(values.json ? JSON.stringify(result, null, 2) : describe(result));
    } finally {
      await pool.close();
      db.close();
    }
    return 0;
  },
};

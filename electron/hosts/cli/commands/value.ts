import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackendError } from '../../../../shared/contract/errors';
import { MODEL_LABELS } from '../../../../shared/contract/modelSchemas';
import { LIFECYCLE_STAGES } from '../../../../shared/segments/lifecycle';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { readMeta } from '../../../backend/queries/workspaceSummary';
import { WorkerPool } from '../../../backend/workers/workerPool';
import { valueExportRequestSchema } from '../../../backend/value/valueRequest';
import { valueWorkspaceCustomers, type WorkspaceCustomerValues } from '../../../backend/value/valueWorkspaceCustomers';
import { UsageError } from '../cliErrors';
import type { Command } from '../command';
import { parseWholeNumber, progressPrinter } from '../options';
import { parseOptions } from '../optionIssues';

export const VALUE_CSV_HEADER = 'customer_id,p_alive,expected_purchases,expected_spend,clv,segment,lifecycle_stage,score';

/** Rows gathered into one write: few enough that the file, not memory, holds the customers. */
const ROWS_PER_WRITE = 1000;

/** A CSV field, quoted only when it must be. */
const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
/** Numbers unrounded (the shortest text that reads back as the same number); empty where there is none. */
const csvNumber = (v: number) => (Number.isFinite(v) ? String(v) : '');

/** Writes the CSV through a partial file renamed at the end, so a stopped or failed run leaves no half file. */
async function writeCsv(out: string, v: WorkspaceCustomerValues, signal: AbortSignal): Promise<void> {
  const partial = `${out}.partial-${process.pid}`;
  const stream = createWriteStream(partial);
  const names = v.segments?.names;
  let done = false;
  try {
    stream.write(`${VALUE_CSV_HEADER}\n`);
    const n = v.customerIds.length;
    for (let from = 0; from < n; from += ROWS_PER_WRITE) {
      if (signal.aborted) throw new Error('stopped');
      let chunk = '';
      for (let i = from; i < Math.min(n, from + ROWS_PER_WRITE); i++) {
        const label = v.segments?.labels[i] ?? -1;
        const segment = label >= 0 ? (names?.get(label) ?? `Segment ${label + 1}`) : '';
        chunk += `${csvField(v.customerIds[i]!)},${csvNumber(v.values.probabilityAlive[i]!)},${csvNumber(v.values.expectedPurchases[i]!)},${csvNumber(v.values.expectedSpend[i]!)},${csvNumber(v.values.clv[i]!)},${csvField(segment)},${LIFECYCLE_STAGES[v.lifecycleStage[i]!]},${csvNumber(v.score[i]!)}\n`;
      }
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
    renameSync(partial, out);
    done = true;
  } finally {
    if (!done) {
      stream.destroy();
      rmSync(partial, { force: true });
    }
  }
}

const mean = (a: ArrayLike<number>, pick: (i: number) => boolean = () => true) => {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    if (pick(i) && Number.isFinite(a[i]!)) {
      sum += a[i]!;
      count++;
    }
  }
  return count > 0 ? sum / count : null;
};

/** What `--json` prints: the models, settings and means, codes and unrounded numbers. */
function summaryJson(v: WorkspaceCustomerValues, out: string, currencyCode: string, notValued: number) {
  const segments = v.segments
    ? [...v.segments.names].map(([segment, name]) => {
        const inSegment = (i: number) => v.segments!.labels[i] === segment;
        let customers = 0;
        for (const l of v.segments!.labels) if (l === segment) customers++;
        return { segment, name, customers, meanProbabilityAlive: mean(v.values.probabilityAlive, inSegment), meanClv: mean(v.values.clv, inSegment) };
      })
    : [];
  return {
    out,
    rows: v.customerIds.length,
    notValued,
    calibrationEnd: v.calibrationEnd,
    unit: v.models.unit,
    currency: currencyCode,
    model: { key: v.models.purchaseKey, params: v.models.purchase.params, ...v.models.purchaseFit, candidates: v.models.candidates },
    spend: { params: v.models.spend, populationMeanSpend: v.models.populationSpend },
    settings: v.settings,
    means: {
      probabilityAlive: mean(v.values.probabilityAlive),
      expectedPurchases: mean(v.values.expectedPurchases),
      expectedSpend: mean(v.values.expectedSpend),
      clv: mean(v.values.clv),
      score: mean(v.score),
    },
    segmentation: v.segments ? { segmentationId: v.segments.segmentationId, calibrationEnd: v.segments.calibrationEnd } : null,
    segments,
    warnings: v.models.warnings,
    scoreMissingAttributes: v.scoreMissingAttributes,
  };
}

export const valueCommand: Command = {
  name: 'value',
  summary: 'Write every customer’s value (p_alive, expected purchases and spend, lifetime value), segment, lifecycle stage and score to a CSV.',
  usage: `lw value --workspace FILE.lwb --calibration-end YYYY-MM-DD --horizon-weeks N --out FILE.csv [options]

  Writes one row a customer who bought by the calibration end (the ones the models can value):
    ${VALUE_CSV_HEADER}
  p_alive             the chance the customer is still active at the calibration end
  expected_purchases  expected purchase days over the horizon
  expected_spend      expected spend per purchase (Gamma-Gamma), workspace currency
  clv                 lifetime value over the horizon: expected purchases x spend x margin,
                      discounted period by period (weeks or months), workspace currency
  segment             the customer's segment in the current segmentation (empty before \`lw segment\`)
  lifecycle_stage     acquisition, development, retention, at-risk or win-back, by the
                      workspace's lifecycle rules
  score               the strategic score, 0-100, by the workspace's weights
  Numbers are written unrounded. For the figures the Segments page shows (36 months at 10% a
  year), use --model bgnbd --horizon-months 36.

  --workspace FILE.lwb         the workspace
  --calibration-end DATE       the last day the models learn from (YYYY-MM-DD)
  --horizon-weeks N            the horizon, in weeks (or --horizon-months N, in months)
  --out FILE.csv               where to write (replaced when it exists)
  --model M                    auto (default: the lowest BIC of bgnbd, mbgnbd and pnbd, as the
                               Customer value page chooses without a holdout), bgnbd, mbgnbd or pnbd
  --unit day|week|month        the unit recency and age are measured in (default: week)
  --margin X                   gross margin share (default: the transactions' own, or 0.3)
  --discount-rate X            yearly discount rate (default: 0.1)
  --workers N                  worker threads (default: cores - 1); the file does not depend on it
  --json                       print a summary as JSON: the models, settings, means overall and
                               by segment (the CSV is written all the same)`,

  async run(io) {
    const { values } = parseArgs({
      args: io.argv,
      options: {
        workspace: { type: 'string' },
        model: { type: 'string' },
        'calibration-end': { type: 'string' },
        unit: { type: 'string' },
        'horizon-weeks': { type: 'string' },
        'horizon-months': { type: 'string' },
        margin: { type: 'string' },
        'discount-rate': { type: 'string' },
        workers: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    });
    if (!values.workspace) throw new UsageError('value needs --workspace FILE.lwb.');
    if (!values.out) throw new UsageError('value needs --out FILE.csv, the file to write.');
    const weeks = values['horizon-weeks'];
    const months = values['horizon-months'];
    if (weeks !== undefined && months !== undefined) throw new UsageError('value takes --horizon-weeks or --horizon-months, not both.');
    if (weeks === undefined && months === undefined) throw new UsageError('value needs --horizon-weeks N (or --horizon-months N): how far ahead to count purchases and lifetime value.');
    const horizon = weeks !== undefined ? { amount: parseWholeNumber('--horizon-weeks', weeks, 1), unit: 'week' } : { amount: parseWholeNumber('--horizon-months', months!, 1), unit: 'month' };
    const horizonFlag = weeks !== undefined ? '--horizon-weeks' : '--horizon-months';
    const request = parseOptions(
      'value',
      valueExportRequestSchema,
      {
        model: values.model ?? 'auto',
        calibrationEnd: values['calibration-end'],
        unit: values.unit ?? 'week',
        horizon,
        ...(values['discount-rate'] !== undefined ? { discountRatePerYear: Number(values['discount-rate']) } : {}),
        ...(values.margin !== undefined ? { margin: Number(values.margin) } : {}),
      },
      {
        model: { flag: '--model', form: 'auto|bgnbd|mbgnbd|pnbd', given: values.model },
        calibrationEnd: { flag: '--calibration-end', form: 'YYYY-MM-DD (the last day the models learn from)', given: values['calibration-end'] },
        unit: { flag: '--unit', form: 'day|week|month', given: values.unit },
        horizon: { flag: horizonFlag, form: 'N', given: weeks ?? months },
        discountRatePerYear: { flag: '--discount-rate', form: 'a yearly rate such as 0.1', given: values['discount-rate'] },
        margin: { flag: '--margin', form: 'a share such as 0.3', given: values.margin },
      },
    );

    const workers = values.workers !== undefined ? parseWholeNumber('--workers', values.workers, 1) : undefined;
    const db = openWorkspace(resolve(values.workspace));
    const pool = new WorkerPool(workers);
    const started = Date.now();
    try {
      const progress = progressPrinter(io, 'Valuing customers');
      // Ctrl-C (the progress printer's signal) stops the workers; nothing is written.
      const valued = await valueWorkspaceCustomers(db, pool, request, progress);
      progress.finish();
      const out = resolve(values.out);
      try {
        await writeCsv(out, valued, io.signal);
      } catch (e) {
        if (io.signal.aborted) throw new BackendError('cancelled', 'Cancelled; nothing was written.');
        throw new UsageError(`cannot write ${values.out}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const currencyCode = readMeta(db, 'currency') ?? 'EUR';
      const customers = (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
      const notValued = customers - valued.customerIds.length;
      if (values.json) {
        io.stdout(JSON.stringify(summaryJson(valued, out, currencyCode, notValued), null, 2));
        return 0;
      }
      const m = valued.models;
      const s = valued.settings;
      const chosen = m.candidates.length > 1 ? ` (lowest BIC of ${m.candidates.map((c) => `${MODEL_LABELS[c.key]} ${c.bic === null ? 'failed' : c.bic.toFixed(1)}`).join(', ')})` : '';
      const horizonText = `${s.horizon.amount} ${s.horizon.unit}${s.horizon.amount === 1 ? '' : 's'}`;
      const money = (x: number | null) => (x === null ? '–' : `${x.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currencyCode}`);
      const summary = summaryJson(valued, out, currencyCode, notValued);
      io.stdout(`Wrote ${valued.customerIds.length.toLocaleString('en')} customers to ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      io.stdout(`  purchases: ${MODEL_LABELS[m.purchaseKey]}${chosen}; spend: ${m.spend ? 'Gamma-Gamma' : 'the base’s mean repeat spend'}; fitted up to ${valued.calibrationEnd} in ${m.unit}s`);
      io.stdout(`  lifetime value over ${horizonText}, ${(s.discountRatePerYear * 100).toFixed(1)}% a year discount, ${(s.margin * 100).toFixed(1)}% margin`);
      io.stdout(`  mean p_alive ${summary.means.probabilityAlive?.toFixed(3) ?? '–'}, mean clv ${money(summary.means.clv)}, mean expected purchases ${summary.means.expectedPurchases?.toFixed(2) ?? '–'}`);
      if (notValued > 0) io.stdout(`  ${notValued.toLocaleString('en')} customers without a purchase by ${valued.calibrationEnd} are not in the file: the models cannot value them.`);
      if (!valued.segments) io.stdout('  the customers are not segmented yet, so the segment column is empty (`lw segment` first).');
      else if (valued.segments.calibrationEnd !== valued.calibrationEnd) io.stdout(`  note: the current segmentation was made up to ${valued.segments.calibrationEnd}, not ${valued.calibrationEnd}.`);
      if (valued.scoreMissingAttributes.length > 0) io.stdout(`  the score leaves out ${valued.scoreMissingAttributes.join(', ')}: the workspace has no such numeric attribute.`);
      for (const w of m.warnings) io.stdout(`warning: ${w}`);
    } finally {
      await pool.close();
      db.close();
    }
    return 0;
  },
};

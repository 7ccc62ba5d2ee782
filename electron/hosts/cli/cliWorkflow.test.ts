import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayNumberToIso } from '../../../shared/calendar/isoDate';
import { basicPlan, fullPlan } from '../../../shared/plan/defaultPlans';
import { generateSampleChunk, sampleCustomerId } from '../../../shared/sample/generateCustomers';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../../../shared/segments/lifecycle';
import { DEFAULT_SAMPLE_SPEC, SAMPLE_NUMERIC_ATTRIBUTES, SAMPLE_TEXT_ATTRIBUTES, type SampleSpec } from '../../../shared/sample/sampleSpec';
import { openWorkspace } from '../../backend/db/openWorkspace';
import { currentSegmentation } from '../../backend/segments/runSegmentation';
import { runCli } from './lw';

/**
 * Issue 14's "a command line that does the whole job": a workspace from nothing to three report
 * files with `lw` alone, starting from a client's files (not `lw sample`): transactions and CRM
 * attributes written here as a client would export them, from the sample retailer's generator.
 */

const dir = mkdtempSync(join(tmpdir(), 'lw-workflow-'));
const CUSTOMERS = 3000;
// Three years ending well before today, so no date is beyond the import's plausible range.
const SPEC: SampleSpec = { ...DEFAULT_SAMPLE_SPEC, customers: CUSTOMERS, startDate: '2022-01-03' };
const CALIBRATION_END = '2024-12-29';

async function lw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false, env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The client's two exports: one row a transaction, one row a customer. */
function writeClientFiles(): { transactions: string; attributes: string } {
  const chunk = generateSampleChunk(SPEC, 17, 0, CUSTOMERS);
  const tx = chunk.tx;
  const lines = ['customer_id,purchase_date,amount,margin'];
  for (let i = 0; i < tx.customer.length; i++) {
    lines.push(`${sampleCustomerId(tx.customer[i]!)},${dayNumberToIso(tx.day[i]!)},${(tx.amountCents[i]! / 100).toFixed(2)},${(tx.marginCents[i]! / 100).toFixed(2)}`);
  }
  const transactions = join(dir, 'transactions.csv');
  writeFileSync(transactions, `${lines.join('\n')}\n`);

  const nNum = SAMPLE_NUMERIC_ATTRIBUTES.length;
  const nText = SAMPLE_TEXT_ATTRIBUTES.length;
  const rows = [['client', ...SAMPLE_NUMERIC_ATTRIBUTES.map((a) => a.name), ...SAMPLE_TEXT_ATTRIBUTES.map((a) => a.name)].join(',')];
  for (let k = 0; k < CUSTOMERS; k++) {
    const numeric = Array.from(chunk.numericAttributes.subarray(k * nNum, (k + 1) * nNum), (v) => String(Math.round(v * 100) / 100));
    const text = SAMPLE_TEXT_ATTRIBUTES.map((a, j) => a.options[chunk.textAttributes[k * nText + j]!]!);
    rows.push([sampleCustomerId(k), ...numeric, ...text].join(','));
  }
  const attributes = join(dir, 'crm.csv');
  writeFileSync(attributes, `${rows.join('\n')}\n`);
  return { transactions, attributes };
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

describe('lw, from a client’s files to reports and per-customer values', () => {
  it('imports, fits, segments, makes and runs two scenarios, compares them, reports, and values every customer as the Segments page does', async () => {
    const ws = join(dir, 'client.lwb');
    const files = writeClientFiles();

    // Transactions, then attributes: numeric columns stay numeric, text columns categorical, each with its kind.
    const imported = await lw('import', '--workspace', ws, '--transactions', files.transactions, '--customer-col', 'customer_id', '--date-col', 'purchase_date', '--amount-col', 'amount', '--margin-col', 'margin');
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`of ${CUSTOMERS.toLocaleString('en')} new customers`)) });
    const kinds = [...SAMPLE_NUMERIC_ATTRIBUTES, ...SAMPLE_TEXT_ATTRIBUTES].flatMap((a) => ['--kind', `${a.name}=${a.kind}`]);
    const attributes = await lw('import', '--workspace', ws, '--attributes', files.attributes, '--customer-col', 'client', ...kinds, '--json');
    expect(attributes.code).toBe(0);
    const attributeReport = JSON.parse(attributes.stdout) as { customerColumn: number; attributes: { name: string; kind: string; valueType: string }[]; report: { rowsImported: number; customersAdded: number } };
    expect(attributeReport).toMatchObject({ customerColumn: 1, report: { rowsImported: CUSTOMERS, customersAdded: 0 } });
    expect(attributeReport.attributes.find((a) => a.name === 'age')).toEqual({ column: 11, name: 'age', kind: 'demographic', valueType: 'number' });
    expect(attributeReport.attributes.find((a) => a.name === 'region')).toEqual({ column: 15, name: 'region', kind: 'demographic', valueType: 'text' });
    const info = JSON.parse((await lw('info', '--workspace', ws, '--json')).stdout) as { counts: { customers: number; attributeDefinitions: number } };
    expect(info.counts).toMatchObject({ customers: CUSTOMERS, attributeDefinitions: SAMPLE_NUMERIC_ATTRIBUTES.length + SAMPLE_TEXT_ATTRIBUTES.length });

    // A missing option is named with its form, not in zod's words.
    const missing = await lw('fit', '--workspace', ws, '--model', 'bgnbd');
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringMatching(/fit needs --calibration-end YYYY-MM-DD/) });
    expect(missing.stderr).not.toMatch(/expected string|received undefined/);

    const fit = JSON.parse((await lw('fit', '--workspace', ws, '--model', 'bgnbd', '--calibration-end', CALIBRATION_END, '--unit', 'week', '--json')).stdout) as { n: number; converged: boolean };
    expect(fit).toMatchObject({ n: CUSTOMERS, converged: true });
    expect((await lw('segment', '--workspace', ws, '--method', 'tiers', '--calibration-end', CALIBRATION_END)).code).toBe(0);

    // Two scenarios from plan files, as a strategist exports them from the Plan page.
    const basic = join(dir, 'basic.json');
    const full = join(dir, 'full.json');
    writeFileSync(basic, JSON.stringify({ ...basicPlan(), horizonWeeks: 52 }));
    writeFileSync(full, JSON.stringify({ ...fullPlan(), horizonWeeks: 52 }));
    expect(await lw('scenario', 'create', '--workspace', ws, '--name', 'Basic, one year', '--plan', basic, '--draws', '5')).toMatchObject({ code: 0, stdout: expect.stringMatching(/Created the scenario "Basic, one year"/) });
    const created = JSON.parse((await lw('scenario', 'create', '--workspace', ws, '--name', 'Full', '--plan', full, '--draws', '5', '--seed', '1', '--json')).stdout) as { name: string; status: string; draws: number };
    expect(created).toMatchObject({ name: 'Full', status: 'never-run', draws: 5 });

    // Nothing run yet: the comparison is refused, naming what to run.
    const early = await lw('compare', '--workspace', ws, '--scenarios', 'Basic, one year,Full');
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/"Basic, one year": never run; "Full": never run/);
    expect(early.stderr).toMatch(/lw scenario run --workspace .* --name "Full"/);

    const ranBasic = await lw('scenario', 'run', '--workspace', ws, '--name', 'basic, one year');
    expect(ranBasic.code).toBe(0);
    // Ratios print as percentages.
    expect(ranBasic.stdout).toMatch(/Return on programme cost\s+-?\d+\.\d%/);
    expect((await lw('scenario', 'run', '--workspace', ws, '--name', 'Full')).code).toBe(0);

    const compared = await lw('compare', '--workspace', ws, '--scenarios', 'Basic, one year,Full', '--json');
    expect(compared.code).toBe(0);
    const comparison = JSON.parse(compared.stdout) as {
      baseline: string;
      scenarios: { name: string; draws: number }[];
      kpis: { key: string; unit: string; values: { headline: number | null; p10: number | null; p90: number | null; differenceToBaseline: number | null }[] }[];
    };
    expect(comparison.baseline).toBe('Basic, one year');
    expect(comparison.scenarios.map((s) => [s.name, s.draws])).toEqual([['Basic, one year', 5], ['Full', 5]]);
    const revenue = comparison.kpis.find((k) => k.key === 'incrementalRevenue')!;
    expect(revenue.values[0]!.differenceToBaseline).toBeNull();
    expect(revenue.values[1]!.differenceToBaseline).toBeCloseTo(revenue.values[1]!.headline! - revenue.values[0]!.headline!, 6);
    expect(revenue.values[0]!.p10!).toBeLessThanOrEqual(revenue.values[0]!.p90!);
    expect(comparison.kpis.find((k) => k.key === 'roi')).toMatchObject({ unit: 'ratio' });
    const table = await lw('compare', '--workspace', ws, '--scenarios', 'Basic, one year,Full');
    expect(table.stdout.split('\n')[0]).toMatch(/^KPI\s+Basic, one year\s+P10 – P90\s+Full\s+P10 – P90\s+vs Basic, one year$/);

    // The three report files.
    for (const format of ['pdf', 'pptx', 'xlsx'] as const) {
      const out = join(dir, `full.${format}`);
      expect(await lw('report', '--workspace', ws, '--scenario', 'Full', '--out', out)).toMatchObject({ code: 0, stdout: expect.stringMatching(/written to/) });
      expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe(format === 'pdf' ? '%PDF' : 'PK\x03\x04');
    }

    // One row a customer; its means agree with the Segments page's (segments.current: the
    // stored segmentation), segment by segment, to rounding.
    const csvPath = join(dir, 'values.csv');
    expect((await lw('value', '--workspace', ws, '--model', 'bgnbd', '--calibration-end', CALIBRATION_END, '--unit', 'week', '--horizon-months', '36', '--out', csvPath)).code).toBe(0);
    const [header, ...lines] = readFileSync(csvPath, 'utf8').trimEnd().split('\n');
    expect(header).toBe('customer_id,p_alive,expected_purchases,expected_spend,clv,segment,lifecycle_stage,score');
    const rows = lines.map((l) => l.split(','));
    expect(new Set(rows.map((r) => r[0])).size).toBe(CUSTOMERS);
    expect(rows.filter((r) => !LIFECYCLE_STAGES.includes(r[6] as LifecycleStage) || !(Number(r[7]) >= 0 && Number(r[7]) <= 100))).toEqual([]);
    const db = openWorkspace(ws);
    const page = currentSegmentation(db)!;
    db.close();
    for (const segment of page.segments) {
      const members = rows.filter((r) => r[5] === segment.name);
      const feature = (name: string) => segment.features.find((f) => f.name === name)!.mean;
      expect(members).toHaveLength(segment.size);
      expect(mean(members.map((r) => Number(r[4])))).toBeCloseTo(feature('Lifetime value'), 8);
      expect(mean(members.map((r) => Number(r[1])))).toBeCloseTo(feature('Probability alive'), 12);
    }

    // The horizon in weeks (156 weeks are 1,092 days, 36 months 1,095.75, discounted weekly rather
    // than monthly) values the base within a fraction of a percent of the same.
    const weekly = JSON.parse((await lw('value', '--workspace', ws, '--model', 'bgnbd', '--calibration-end', CALIBRATION_END, '--unit', 'week', '--horizon-weeks', '156', '--out', join(dir, 'weekly.csv'), '--json')).stdout) as {
      rows: number; means: { clv: number; probabilityAlive: number };
    };
    expect(weekly.rows).toBe(CUSTOMERS);
    expect(weekly.means.probabilityAlive).toBeCloseTo(page.overall.features.find((f) => f.name === 'Probability alive')!.mean, 12);
    expect(Math.abs(weekly.means.clv / page.overall.features.find((f) => f.name === 'Lifetime value')!.mean - 1)).toBeLessThan(0.005);

    // Segmenting again changes what the runs read: the comparison is refused, saying why.
    expect((await lw('segment', '--workspace', ws, '--method', 'rfm', '--calibration-end', CALIBRATION_END)).code).toBe(0);
    const stale = await lw('compare', '--workspace', ws, '--scenario', 'Full', '--scenario', 'Basic, one year');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/"Full": out of date \(.*customers segmented again\)/);

    expect(await lw('scenario', 'delete', '--workspace', ws, '--name', 'Full')).toMatchObject({ code: 0 });
    expect((await lw('scenarios', '--workspace', ws, '--names')).stdout).toBe('Basic, one year');
    expect(existsSync(`${csvPath}.partial-${process.pid}`)).toBe(false);
  }, 120_000);
});

import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES, REPORT_FORMATS, type Locale, type ReportFormat } from '../../../../shared/contract/scenarioSchemas';
import { APP_VERSION } from '../../../backend/appVersion';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { readWorkspaceSettings } from '../../../backend/queries/workspaceSettings';
import { buildReport } from '../../../backend/reports/exportReport';
import { runScenario, scenarioLatestRun } from '../../../backend/scenarios/runScenario';
import { getScenario } from '../../../backend/scenarios/scenarioStore';
import { getPlan } from '../../../backend/simulation/planStore';
import { WorkerPool } from '../../../backend/workers/workerPool';
import { UsageError } from '../cliErrors';
import type { Command } from '../command';
import { cliWorkerCount, parseWholeNumber, progressPrinter } from '../options';
import { requireScenario } from '../scenarioLookup';
import { waitForWriteAccess } from '../workspaceAccess';
import { STALE_REASON_TEXT } from './scenarios';

const FORMAT_NAMES: Record<ReportFormat, string> = { pdf: 'PDF report', pptx: 'PowerPoint deck', xlsx: 'Excel workbook' };

export const reportCommand: Command = {
  name: 'report',
  summary: 'Write a scenario’s report: a PDF, a PowerPoint deck or an Excel workbook.',
  usage: `lw report --workspace FILE.lwb --scenario NAME --format pdf|pptx|xlsx --out FILE [--locale en|es] [--run] [--workers N]

  Writes the report of the scenario's latest run (the scenario is run first when it has none,
  or always with --run): pdf = cover, executive summary, KPI table, charts as vectors,
  assumptions with their sources and method notes; pptx = a deck for a client meeting (native,
  editable charts and tables); xlsx = the finance workbook (KPIs: median, P10/P90, base case, MC error; weekly and
  4-4-5 monthly figures by segment, points roll-forward, IFRS 15 schedule, assumptions).
  --format may be left out when --out ends in .pdf, .pptx or .xlsx. --locale es writes it in
  Spanish (decimal comma, dates in Spanish). Names are matched without regard to case.
  \`lw scenarios --workspace FILE.lwb\` lists the names.`,

  async run(io) {
    const { values } = parseArgs({
      args: io.argv,
      options: {
        workspace: { type: 'string' },
        scenario: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        locale: { type: 'string' },
        run: { type: 'boolean' },
        workers: { type: 'string' },
      },
      strict: true,
    });
    if (!values.workspace) throw new UsageError('report needs --workspace FILE.lwb.');
    if (!values.scenario) throw new UsageError('report needs --scenario NAME (`lw scenarios --workspace FILE.lwb` lists them).');
    if (!values.out) throw new UsageError('report needs --out FILE.');
    const format = (values.format ?? extname(values.out).slice(1).toLowerCase()) as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) {
      throw new UsageError(values.format ? `--format must be one of ${REPORT_FORMATS.join(', ')} (got "${values.format}").` : `report needs --format ${REPORT_FORMATS.join('|')} (or an --out file ending in one of them).`);
    }
    const locale = (values.locale ?? 'en') as Locale;
    if (!LOCALES.includes(locale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')} (got "${values.locale}").`);
    const workers = values.workers ? parseWholeNumber('--workers', values.workers, 1) : cliWorkerCount();

    const db = openWorkspace(resolve(values.workspace));
    let pool: WorkerPool | null = null;
    try {
      const found = requireScenario(db, values.scenario, values.workspace);
      let run = values.run ? null : scenarioLatestRun(db, found);
      if (run && found.status === 'stale') {
        io.stderr(`lw: note: the last run of "${found.name}" is out of date (${found.staleBecause.map((r) => STALE_REASON_TEXT[r]).join('; ')}); reporting that run, marked as such (use --run for a fresh one).`);
      }
      if (!run) {
        await waitForWriteAccess(db, resolve(values.workspace), io);
        pool = new WorkerPool(workers);
        const progress = progressPrinter(io, `Running scenario "${found.name}" (blocks)`);
        run = await runScenario({ reader: db, writer: db }, pool, found, APP_VERSION, progress);
        progress.finish();
      }
      // The summary again after a run: its last run and staleness have changed.
      const scenario = getScenario(db, found.scenarioId);
      const plan = getPlan(db, scenario.planId).plan;
      const bytes = await buildReport({ scenario, plan, run, locale, workspaceCurrency: readWorkspaceSettings(db).currencyCode, generatedAt: new Date().toISOString() }, format);
      const out = resolve(values.out);
      try {
        writeFileSync(out, bytes);
      } catch (e) {
        throw new UsageError(`cannot write ${values.out}: ${e instanceof Error ? e.message : String(e)}`);
      }
      io.stdout(`${FORMAT_NAMES[format]} of "${scenario.name}" (run #${run.record.runId}, ${run.results.draws} draw(s), ${locale}) written to ${values.out} (${(bytes.length / 1024).toFixed(0)} KB)`);
    } finally {
      if (pool) await pool.close();
      db.close();
    }
    return 0;
  },
};

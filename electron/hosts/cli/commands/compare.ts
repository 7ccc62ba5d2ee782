import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackendError } from '../../../../shared/contract/errors';
import { compareResults } from '../../../../shared/scenarios/compareScenarios';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { scenarioLatestRun } from '../../../backend/scenarios/runScenario';
import { listScenarios } from '../../../backend/scenarios/scenarioStore';
import { UsageError } from '../cliErrors';
import type { Command } from '../command';
import { compareTable, type Compared } from '../compareTable';
import { requireScenario, splitScenarioNames } from '../scenarioLookup';
import { STALE_REASON_TEXT } from './scenarios';

/** As many as the Scenarios page sets side by side. */
const MAX_COMPARED = 4;

export const compareCommand: Command = {
  name: 'compare',
  summary: 'Compare up to four scenarios’ latest runs KPI by KPI, as the Scenarios page does.',
  usage: `lw compare --workspace FILE.lwb --scenarios A,B[,C,D] [--json]

  Sets the latest runs of up to ${MAX_COMPARED} scenarios side by side: for each KPI, each scenario's
  headline (the median over its assumption draws) with its P10-P90, the difference of the
  medians to the first scenario (the baseline), and * on the best. Only runs that stand for the
  workspace as it is now are compared: a scenario whose run is out of date (the data, the
  segments, the models or its plan changed since) or that was never run is refused, named
  with what changed and the \`lw scenario run\` that brings it up to date.

  --scenarios A,B   the names, comma-separated (a name holding a comma is recognised whole);
                    or give --scenario NAME once per scenario
  --json            {"baseline", "scenarios": [{name, plan, planVersion, runId, startedAt, seed,
                    draws, simulatedCustomers, horizonWeeks, currency}], "kpis": [{key, unit,
                    better, values: [{headline, p10, p50, p90, base, mcStandardError,
                    drawsWithValue, differenceToBaseline, best}]}]}; money unrounded, shares and
                    ratios as fractions (0.25 = 25%).`,

  async run(io) {
    const { values } = parseArgs({
      args: io.argv,
      options: { workspace: { type: 'string' }, scenarios: { type: 'string' }, scenario: { type: 'string', multiple: true }, json: { type: 'boolean' } },
      strict: true,
    });
    if (!values.workspace) throw new UsageError('compare needs --workspace FILE.lwb.');
    if (values.scenarios === undefined && values.scenario === undefined) throw new UsageError('compare needs --scenarios A,B (`lw scenarios --workspace FILE.lwb` lists the names).');
    const db = openWorkspace(resolve(values.workspace));
    try {
      const known = listScenarios(db).map((s) => s.name);
      const names = [...(values.scenarios !== undefined ? splitScenarioNames(values.scenarios, known) : []), ...(values.scenario ?? [])];
      if (names.length === 0 || names.length > MAX_COMPARED) throw new UsageError(`compare takes 1 to ${MAX_COMPARED} scenarios (got ${names.length}).`);
      const scenarios = names.map((n) => requireScenario(db, n, values.workspace!));
      const twice = scenarios.find((s, i) => scenarios.findIndex((t) => t.scenarioId === s.scenarioId) !== i);
      if (twice) throw new UsageError(`the scenario "${twice.name}" is named twice; name each once.`);

      // A stale run set beside a current one would mix the plans' effects with whatever changed in between.
      const held = scenarios.filter((s) => s.status !== 'up-to-date');
      if (held.length > 0) {
        const why = held.map((s) => `"${s.name}": ${s.status === 'never-run' ? 'never run' : `out of date (${s.staleBecause.map((r) => STALE_REASON_TEXT[r]).join('; ')})`}`);
        const fixes = held.map((s) => `lw scenario run --workspace ${values.workspace} --name "${s.name}"`);
        throw new BackendError('bad-input', `Cannot compare: only runs that stand for the workspace as it is now are compared. ${why.join('; ')}.`, `Run ${held.length === 1 ? 'it' : 'them'} first:\n      ${fixes.join('\n      ')}`);
      }
      const compared: Compared[] = scenarios.map((scenario) => ({ scenario, run: scenarioLatestRun(db, scenario)! }));
      const rows = compareResults(compared.map((c) => c.run.results));

      if (values.json) {
        io.stdout(
          JSON.stringify(
            {
              baseline: compared[0]!.scenario.name,
              scenarios: compared.map(({ scenario, run }) => ({
                name: scenario.name,
                plan: run.results.planName,
                planVersion: scenario.lastRun!.planVersion,
                runId: run.record.runId,
                startedAt: run.record.startedAt,
                seed: run.results.seed,
                draws: run.results.draws,
                simulatedCustomers: run.results.simulatedCustomers,
                horizonWeeks: run.results.horizonWeeks,
                currency: run.results.currency,
              })),
              kpis: rows.map((row) => ({
                key: row.key,
                unit: row.unit,
                better: row.better,
                values: row.cells.map((c) => ({
                  headline: c.band?.headline ?? null,
                  p10: c.band?.p10 ?? null,
                  p50: c.band?.p50 ?? null,
                  p90: c.band?.p90 ?? null,
                  base: c.band?.base ?? null,
                  mcStandardError: c.band?.mcStandardError ?? null,
                  drawsWithValue: c.band?.drawsWithValue ?? 0,
                  differenceToBaseline: c.difference,
                  best: c.best,
                })),
              })),
            },
            null,
            2,
          ),
        );
      } else {
        const currencies = new Set(compared.map((c) => c.run.results.currency));
        if (currencies.size > 1) io.stderr(`lw: warning: the plans are in different currencies (${[...currencies].join(', ')}); differences of money across them mean nothing.`);
        io.stdout(compareTable(compared, rows));
      }
    } finally {
      db.close();
    }
    return 0;
  },
};

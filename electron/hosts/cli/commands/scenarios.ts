import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ScenarioSummary, StaleReason } from '../../../../shared/domain/scenarios';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { listScenarios } from '../../../backend/scenarios/scenarioStore';
import { UsageError } from '../cliErrors';
import type { Command } from '../command';

/** What changed since a run, in the words the table and `lw report`'s note print. */
export const STALE_REASON_TEXT: Record<StaleReason, string> = {
  customers: 'customers added',
  transactions: 'transactions changed',
  attributes: 'CRM attributes changed',
  models: 'value models refitted',
  segmentation: 'customers segmented again',
  lifecycle: 'lifecycle rules changed',
  plan: 'plan edited',
  settings: 'seed, draws or sample changed',
  unrecorded: 'run made before runs recorded their inputs',
};

/** One scenario as `--json` writes it: `staleBecause` only when stale, as the contract for scripts says. */
export function scenarioJson(s: ScenarioSummary) {
  return {
    name: s.name,
    plan: s.planName,
    planVersion: s.planVersion,
    seed: s.seed,
    draws: s.draws,
    maxCustomers: s.maxCustomers,
    status: s.status,
    ...(s.status === 'stale' ? { staleBecause: s.staleBecause } : {}),
    lastRun: s.lastRun ? { runId: s.lastRun.runId, startedAt: s.lastRun.startedAt, planVersion: s.lastRun.planVersion } : null,
  };
}

/** A plain-text table, columns padded to their widest cell. */
export function scenarioTable(scenarios: readonly ScenarioSummary[]): string[] {
  const header = ['Scenario', 'Plan', 'Seed', 'Draws', 'Status', 'Why'];
  const rows = scenarios.map((s) => [
    s.name,
    `${s.planName} (v${s.planVersion})`,
    String(s.seed),
    String(s.draws),
    s.status,
    s.status === 'stale' ? s.staleBecause.map((r) => STALE_REASON_TEXT[r]).join('; ') : '',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 2 || c === 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export const scenariosCommand: Command = {
  name: 'scenarios',
  summary: 'List a workspace’s scenarios and whether their runs are up to date.',
  usage: `lw scenarios --workspace FILE.lwb [--json | --names]

  Lists every scenario kept in the workspace, in the order they were made, as a table: its plan
  (and version), seed, assumption draws, and the status of its latest run:

    up-to-date  the run read exactly what the workspace and the scenario hold now
    stale       something it read has changed since; "Why" says what (run it again)
    never-run   the scenario has no run yet

  --json    a JSON array instead, one object a scenario: name, plan, planVersion, seed, draws,
            maxCustomers, status, staleBecause (when stale: a list of customers, transactions,
            attributes, models, segmentation, lifecycle, plan, settings, or unrecorded for a run
            made by a version that did not record its inputs) and lastRun (runId, startedAt).
  --names   the names alone, one a line (for a script that loops over them); nothing is printed
            when the workspace has no scenario.`,

  async run(io) {
    const { values } = parseArgs({ args: io.argv, options: { workspace: { type: 'string' }, json: { type: 'boolean' }, names: { type: 'boolean' } }, strict: true });
    if (!values.workspace) throw new UsageError('scenarios needs --workspace FILE.lwb.');
    if (values.json && values.names) throw new UsageError('scenarios takes --json or --names, not both.');
    const db = openWorkspace(resolve(values.workspace));
    try {
      const scenarios = listScenarios(db);
      if (values.json) io.stdout(JSON.stringify(scenarios.map(scenarioJson), null, 2));
      else if (values.names) for (const s of scenarios) io.stdout(s.name);
      else if (scenarios.length === 0) io.stdout('No scenarios in this workspace yet: make one on the Scenarios page or with `lw scenario create`.');
      else for (const l of scenarioTable(scenarios)) io.stdout(l);
    } finally {
      db.close();
    }
    return 0;
  },
};

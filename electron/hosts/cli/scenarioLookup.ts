import { BackendError } from '../../../shared/contract/errors';
import type { ScenarioSummary } from '../../../shared/domain/scenarios';
import type { ReadableDB } from '../../backend/db/types';
import { findScenarioByName, listScenarios } from '../../backend/scenarios/scenarioStore';

/** The scenario of that name (case aside), or an error that lists the names there are. */
export function requireScenario(db: ReadableDB, name: string, workspace: string): ScenarioSummary {
  const found = findScenarioByName(db, name);
  if (found) return found;
  const names = listScenarios(db).map((s) => s.name);
  throw new BackendError(
    'not-found',
    `There is no scenario "${name}" in ${workspace}.`,
    names.length > 0 ? `Its scenarios:\n      ${names.join('\n      ')}` : `It has no scenarios yet: make one with \`lw scenario create --workspace ${workspace} --name NAME --plan PLAN.json\`.`,
  );
}

/**
 * Scenario names from a comma-separated list. A name may itself hold a comma ("Full plan, one
 * year"), so the pieces are joined back greedily into the longest names the workspace has; a
 * piece that matches nothing is kept as given, to be reported as missing.
 */
export function splitScenarioNames(list: string, known: readonly string[]): string[] {
  const pieces = list.split(',');
  const names = new Set(known.map((n) => n.trim().toLowerCase()));
  const out: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let taken = 1;
    for (let j = pieces.length; j > i + 1; j--) {
      if (names.has(pieces.slice(i, j).join(',').trim().toLowerCase())) {
        taken = j - i;
        break;
      }
    }
    const name = pieces.slice(i, i + taken).join(',').trim();
    if (name !== '') out.push(name);
    i += taken;
  }
  return out;
}

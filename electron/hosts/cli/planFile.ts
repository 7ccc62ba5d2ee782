import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePlan, type Plan } from '../../../shared/plan/planSchema';
import { UsageError } from './cliErrors';

/** Where a plan file comes from, said wherever a command asks for one. */
export const PLAN_FILE_HINT = 'make one with the Plan page’s "Export plan file", or start from `lw demo --plan full --write-plan FILE`';

/** A plan document from a JSON file, checked as the Plan page checks it; a bad file is a usage error naming its problems. */
export function readPlanFile(file: string): Plan {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(file), 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read the plan ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = parsePlan(raw);
  if (!parsed.ok) throw new UsageError(`the plan ${file} is not valid:\n  ${parsed.problems.join('\n  ')}`);
  return parsed.plan;
}

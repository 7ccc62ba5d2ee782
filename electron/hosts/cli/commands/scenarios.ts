import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { listScenarios } from '../../../backend/scenarios/scenarioStore';
import { UsageError } from '../cliErrors';
import type { Command } from '../command';

export const scenariosCommand: Command = {
  name: 'scenarios',
  summary: 'List a workspace’s scenarios, one name a line.',
  usage: `lw scenarios --workspace FILE.lwb

  Prints the name of every scenario kept in the workspace, one a line, in the order they were
  made (so a script can loop over them, e.g. to write a report of each). Nothing is printed when
  the workspace has no scenario.`,

  async run(io) {
    const { values } = parseArgs({ args: io.argv, options: { workspace: { type: 'string' } }, strict: true });
    if (!values.workspace) throw new UsageError('scenarios needs --workspace FILE.lwb.');
    const db = openWorkspace(resolve(values.workspace));
    try {
      for (const s of listScenarios(db)) io.stdout(s.name);
    } finally {
      db.close();
    }
    return 0;
  },
};

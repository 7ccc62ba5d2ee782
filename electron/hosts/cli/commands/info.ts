import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { WorkspaceSummary } from '../../../../shared/domain/workspace';
import { openWorkspace } from '../../../backend/db/openWorkspace';
import { readWorkspaceSummary } from '../../../backend/queries/workspaceSummary';
import { UsageError } from '../cliErrors';
import type { Command } from '../command';

function describe(s: WorkspaceSummary): string {
  const n = (x: number) => x.toLocaleString('en');
  const lines = [
    `Workspace     ${s.path}`,
    `Kind          ${s.isSample ? `sample retailer (seed ${s.sampleSeed})` : 'client data'}`,
    `Schema        version ${s.schemaVersion}`,
    `Currency      ${s.currencyCode}`,
    `Locale        ${s.locale ?? 'not set (figures follow the app\'s language)'}`,
    `Customers     ${n(s.counts.customers)}`,
    `Transactions  ${n(s.counts.transactions)}`,
    `Date range    ${s.firstTransactionDate ?? '-'} to ${s.lastTransactionDate ?? '-'}`,
    `Attributes    ${n(s.counts.attributeDefinitions)}`,
  ];
  for (const a of s.attributes) lines.push(`  ${a.kind.padEnd(12)} ${a.name}${a.unit ? ` (${a.unit})` : ''}`);
  return lines.join('\n');
}

export const infoCommand: Command = {
  name: 'info',
  summary: 'Print what a workspace holds: customers, transactions, dates, attributes.',
  usage: `lw info --workspace FILE.lwb [--json]

  --workspace FILE.lwb   the workspace to describe
  --json                 print the summary as JSON`,

  async run(io) {
    const { values } = parseArgs({ args: io.argv, options: { workspace: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
    if (!values.workspace) throw new UsageError('info needs --workspace FILE.lwb.');
    const path = resolve(values.workspace);
    const db = openWorkspace(path);
    try {
      const summary = readWorkspaceSummary(db, path);
      io.stdout(values.json ? JSON.stringify(summary, null, 2) : describe(summary));
    } finally {
      db.close();
    }
    return 0;
  },
};

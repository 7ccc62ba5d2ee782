import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../../shared/contract/methods';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { readPlanCurrencies, readWorkspaceSettings, writeWorkspaceSettings } from '../queries/workspaceSettings';
import { BackgroundExampleRuns } from '../sample/exampleRuns';
import { writeSampleWorkspace } from '../sample/writeSampleWorkspace';
import { resolveUserPath } from '../workspace/resolveUserPath';
import type { HandlerContext } from './context';

type WorkspaceMethods =
  | 'workspace.current'
  | 'workspace.openDefault'
  | 'workspace.openSample'
  | 'workspace.open'
  | 'workspace.create'
  | 'workspace.saveAs'
  | 'workspace.recent'
  | 'workspace.settings'
  | 'workspace.setSettings';

export const SAMPLE_FILE_NAME = 'sample.lwb';

export function workspaceHandlers(ctx: HandlerContext, examples = new BackgroundExampleRuns(ctx)): Pick<Handlers, WorkspaceMethods> {
  let sampleInFlight: Promise<void> | null = null;

  /** Generates the sample once, even when several windows ask for it at the same moment. */
  const ensureSample = async (path: string): Promise<void> => {
    if (existsSync(path)) return;
    sampleInFlight ??= ctx.jobs
      .run('Generating the sample workspace', 'customers', (job) =>
        // The example scenarios are stored without runs and run in the background once the
        // sample is open (see the `opened` below), so a first launch is usable in seconds.
        writeSampleWorkspace({ outPath: path, seed: ctx.sample.seed, spec: ctx.sample.spec, pool: ctx.pool, job }),
      )
      .finally(() => {
        sampleInFlight = null;
      });
    await sampleInFlight;
  };

  /** A workspace now open: remembered as recent, and its example scenarios still without a run started in the background. */
  const opened = (summary: WorkspaceSummary): WorkspaceSummary => {
    ctx.settings.noteOpened(summary.path);
    if (ctx.sample.runScenarios) examples.start();
    return summary;
  };

  /**
   * Runs `change`, which may switch or copy the open workspace, with the background runs stopped
   * first (they read and write the open workspace), unless it stays the same file.
   */
  const switching = async (path: string | null, change: () => WorkspaceSummary | Promise<WorkspaceSummary>): Promise<WorkspaceSummary> => {
    if (path === null || path !== ctx.session.opened?.path) await examples.stop();
    try {
      return opened(await change());
    } catch (e) {
      // Refused (a file from a newer version, one that exists already...): the workspace open
      // before is open still, and its examples go on.
      if (ctx.sample.runScenarios) examples.start();
      throw e;
    }
  };

  const openSample = async (): Promise<WorkspaceSummary> => {
    const samplePath = join(ctx.homeDir, SAMPLE_FILE_NAME);
    await ensureSample(samplePath);
    return switching(samplePath, () => ctx.session.open(samplePath));
  };

  return {
    'workspace.current': async () => ctx.session.summary(),

    'workspace.openDefault': async () => {
      const open = ctx.session.summary();
      if (open) return open;
      // The last workspace the user had open, when it is still there and still opens.
      for (const recent of ctx.settings.recent().filter((r) => r.exists).slice(0, 1)) {
        try {
          return opened(ctx.session.open(recent.path));
        } catch {
          // Fall through to the sample; the user can still open the file from Recent and see why.
        }
      }
      return openSample();
    },

    'workspace.openSample': async () => openSample(),

    'workspace.open': async ({ path }) => {
      const target = resolveUserPath(path);
      return switching(target, () => ctx.session.open(target));
    },
    'workspace.create': async ({ path, currencyCode, locale }) => {
      const target = resolveUserPath(path);
      return switching(null, () => ctx.session.create(target, currencyCode, locale));
    },
    // A copy is taken from the file as it is, so the runs stop first; the copy takes them up.
    'workspace.saveAs': async ({ path, overwrite }) => switching(null, () => ctx.session.saveAs(resolveUserPath(path), overwrite)),
    'workspace.recent': async () => ctx.settings.recent(),

    'workspace.settings': async () => {
      const { reader } = ctx.session.require();
      const summary = ctx.session.summary()!;
      return { ...readWorkspaceSettings(reader), transactions: summary.counts.transactions, plans: readPlanCurrencies(reader) };
    },
    // Amounts and plans are left as they are: a currency names what the figures already are (a
    // workspace made in EUR by default for a US retailer's dollars), it converts nothing. Plans in
    // another currency are refused at run time with the fix (runWorkspaceSimulation), and the
    // dialog names them before the change. Every window hears of it through the session's change.
    'workspace.setSettings': async (change) => {
      await ctx.session.exclusive('Changing the workspace settings', async ({ db }) => writeWorkspaceSettings(db, change));
      return ctx.session.summary()!;
    },
  };
}

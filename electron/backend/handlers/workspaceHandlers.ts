import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../../shared/contract/methods';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { writeSampleWorkspace } from '../sample/writeSampleWorkspace';
import { resolveUserPath } from '../workspace/resolveUserPath';
import type { HandlerContext } from './context';

type WorkspaceMethods = 'workspace.current' | 'workspace.openDefault' | 'workspace.openSample' | 'workspace.open' | 'workspace.create' | 'workspace.saveAs' | 'workspace.recent';

export const SAMPLE_FILE_NAME = 'sample.lwb';

export function workspaceHandlers(ctx: HandlerContext): Pick<Handlers, WorkspaceMethods> {
  let sampleInFlight: Promise<void> | null = null;

  /** Generates the sample once, even when several windows ask for it at the same moment. */
  const ensureSample = async (path: string): Promise<void> => {
    if (existsSync(path)) return;
    sampleInFlight ??= ctx.jobs
      .run('Generating the sample workspace', 'customers', (job) =>
        writeSampleWorkspace({ outPath: path, seed: ctx.sample.seed, spec: ctx.sample.spec, pool: ctx.pool, job, ...(ctx.sample.runScenarios ? { runExampleScenarios: { appVersion: ctx.version } } : {}) }),
      )
      .finally(() => {
        sampleInFlight = null;
      });
    await sampleInFlight;
  };

  const remember = (summary: WorkspaceSummary): WorkspaceSummary => {
    ctx.settings.noteOpened(summary.path);
    return summary;
  };

  const openSample = async (): Promise<WorkspaceSummary> => {
    const samplePath = join(ctx.homeDir, SAMPLE_FILE_NAME);
    await ensureSample(samplePath);
    return remember(ctx.session.open(samplePath));
  };

  return {
    'workspace.current': async () => ctx.session.summary(),

    'workspace.openDefault': async () => {
      const open = ctx.session.summary();
      if (open) return open;
      // The last workspace the user had open, when it is still there and still opens.
      for (const recent of ctx.settings.recent().filter((r) => r.exists).slice(0, 1)) {
        try {
          return remember(ctx.session.open(recent.path));
        } catch {
          // Fall through to the sample; the user can still open the file from Recent and see why.
        }
      }
      return openSample();
    },

    'workspace.openSample': async () => openSample(),

    'workspace.open': async ({ path }) => remember(ctx.session.open(resolveUserPath(path))),
    'workspace.create': async ({ path }) => remember(ctx.session.create(resolveUserPath(path))),
    'workspace.saveAs': async ({ path, overwrite }) => remember(await ctx.session.saveAs(resolveUserPath(path), overwrite)),
    'workspace.recent': async () => ctx.settings.recent(),
  };
}

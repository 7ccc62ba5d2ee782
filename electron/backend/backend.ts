import { scenarioHandlers } from './handlers/scenarioHandlers';
import { planHandlers } from './handlers/planHandlers';
import { mkdirSync } from 'node:fs';
import { BackendError } from '../../shared/contract/errors';
import { storageFailure } from './db/storageFailures';
import type { BackendEvents, EventName, Handlers, MethodResults } from '../../shared/contract/methods';
import type { EventMessage } from '../../shared/contract/protocol';
import type { MethodArgs, MethodName } from '../../shared/contract/schemas';
import { DEFAULT_SAMPLE_SEED, DEFAULT_SAMPLE_SPEC, type SampleSpec } from '../../shared/sample/sampleSpec';
import { warmUpReduction } from '../../shared/simulation/warmUp';
import { appHandlers } from './handlers/appHandlers';
import { customerHandlers } from './handlers/customerHandlers';
import { importHandlers } from './handlers/importHandlers';
import { valueHandlers } from './handlers/valueHandlers';
import type { HandlerContext } from './handlers/context';
import { validateCall } from './handlers/validate';
import { workspaceHandlers } from './handlers/workspaceHandlers';
import { JobRegistry } from './jobs/jobRegistry';
import { UserSettings } from './settings/userSettings';
import { WorkerPool } from './workers/workerPool';
import { WorkspaceSession } from './workspace/workspaceSession';

export interface BackendOptions {
  host: HandlerContext['host'];
  version: string;
  /** The app's own folder: user settings and the generated sample live here. */
  homeDir: string;
  workerThreads?: number;
  sampleSeed?: number;
  sampleSpec?: SampleSpec;
  /** Run the sample's example scenarios when the sample is made (default true; tests that do not look at them save the time). */
  runSampleScenarios?: boolean;
  /**
   * Start the worker threads at once and have them compile the simulation engine in the
   * background, so the user's first run is not slowed by it (default false: tests and the
   * command line start workers when a task needs them).
   */
  warmUpWorkers?: boolean;
}

export interface Backend {
  /** The entry for untrusted callers (the UI): validates the method and its arguments. */
  invoke(method: unknown, args: unknown): Promise<unknown>;
  /** The same, typed, for in-process callers such as the command line. */
  call<M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResults[M]>;
  onEvent(listener: (message: EventMessage) => void): () => void;
  readonly context: HandlerContext;
  close(): Promise<void>;
}

/**
 * The backend every host runs: Electron's utility process, the browser-mode server and the
 * command line. It never imports 'electron', so it behaves the same under all three and in tests.
 */
export function createBackend(options: BackendOptions): Backend {
  mkdirSync(options.homeDir, { recursive: true });
  const listeners = new Set<(message: EventMessage) => void>();
  const emit = <E extends EventName>(event: E, payload: BackendEvents[E]) => {
    const message = { kind: 'event', event, payload } as EventMessage;
    for (const l of listeners) l(message);
  };

  const context: HandlerContext = {
    host: options.host,
    version: options.version,
    homeDir: options.homeDir,
    session: new WorkspaceSession((summary) => emit('workspace.changed', summary)),
    jobs: new JobRegistry((jobs) => emit('jobs.changed', jobs)),
    pool: new WorkerPool(options.workerThreads),
    settings: new UserSettings(options.homeDir),
    sample: { seed: options.sampleSeed ?? DEFAULT_SAMPLE_SEED, spec: options.sampleSpec ?? DEFAULT_SAMPLE_SPEC, runScenarios: options.runSampleScenarios ?? true },
  };
  if (options.warmUpWorkers) {
    Promise.all([context.pool.warmUp(), warmUpReduction()]).catch((e: unknown) => console.error('[backend] warming the simulation engine up failed:', e));
  }
  const handlers = { ...workspaceHandlers(context), ...appHandlers(context), ...customerHandlers(context), ...importHandlers(context), ...valueHandlers(context), ...planHandlers(context), ...scenarioHandlers(context) } satisfies Handlers;

  const invoke = async (method: unknown, args: unknown): Promise<unknown> => {
    const call = validateCall(method, args);
    const handler = handlers[call.method] as (a: unknown) => Promise<unknown>;
    try {
      return await handler(call.args);
    } catch (e) {
      if (e instanceof BackendError) throw e;
      // A read-only, full or busy disk is the user's to fix, and said so; anything else is ours.
      const storage = storageFailure(e, context.session.opened?.path ?? 'the workspace');
      if (storage) throw storage;
      // Unexpected failures keep their message for the user and their stack for the log.
      console.error(`[backend] ${call.method} failed:`, e);
      throw new BackendError('internal', `${call.method} failed: ${e instanceof Error ? e.message : String(e)}`, 'This is a fault in Loyalty Workbench; the workspace was left as it was.');
    }
  };

  return {
    invoke,
    call: (method, args) => invoke(method, args) as Promise<never>,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    context,
    close: async () => {
      context.session.close();
      await context.pool.close();
    },
  };
}
